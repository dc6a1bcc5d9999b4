package org.xiandao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.web.system.Json;

class RecommendApiTest {

    @TempDir
    static Path temp;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(temp, 4_000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void candidatesAreEarlySmallHardTechNotHeldAndComeWithReasons() throws IOException {
        var r = server.get("/api/v1/chain/recommend?segment=IC-2&date=2025-06-30");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = Json.MAPPER.readTree(r.body());
        assertThat(j.get("candidates").size()).isPositive();
        JsonNode held = Json.MAPPER.readTree(server.get("/api/v1/funds/MF-IC-S01?asOf=2026-09-30").body());
        for (JsonNode c : j.get("candidates")) {
            assertThat(c.get("reasons").toString()).contains("early, small and hard-tech").contains("not held");
            assertThat(c.get("enterprise").get("segments").toString()).contains("IC-2");
        }
        assertThat(j.get("candidates").get(0).get("score").asDouble()).isGreaterThanOrEqualTo(j.get("candidates").get(j.get("candidates").size() - 1).get("score").asDouble());
        assertThat(held).isNotNull();
    }

    @Test
    void pageExcelAndBadSegment() throws IOException {
        assertThat(server.get("/chain/recommend?segment=IC-2&date=2025-06-30").body()).contains("candidates");
        var x = server.getBytes("/chain/recommend.xlsx?segment=IC-2&date=2025-06-30");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            assertThat(wb.getSheet("Candidates").getLastRowNum()).isPositive();
            assertThat(wb.getSheet("Candidates").getRow(1).getCell(3).getStringCellValue()).contains("not a real company");
        }
        var bad = server.get("/api/v1/chain/recommend?segment=IC-99");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("nearest codes");
    }
}
