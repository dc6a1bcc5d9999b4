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
        j = Json.MAPPER.readTree(server.get("/api/v1/chain/recommend?segment=IC-2&date=2025-06-30&top=100").body());
        assertThat(j.get("candidates").size()).isGreaterThan(10);
        java.util.Map<String, String> districtOfPark = new java.util.HashMap<>();
        Json.MAPPER.readTree(server.get("/api/v1/parks").body()).forEach(p -> districtOfPark.put(p.get("code").asText(), p.get("district").asText()));
        java.util.Set<String> hostParks = new java.util.HashSet<>();
        j.get("hostParks").forEach(p -> hostParks.add(p.asText()));
        java.util.Set<String> hostDistricts = new java.util.HashSet<>();
        hostParks.forEach(p -> hostDistricts.add(districtOfPark.get(p)));
        for (JsonNode c : j.get("candidates")) {
            String park = c.at("/enterprise/parkCode").asText(null);
            String reasons = c.get("reasons").toString();
            boolean inHost = park != null && hostParks.contains(park);
            assertThat(reasons.contains("which hosts the segment\"")).as(reasons).isEqualTo(inHost);
            assertThat(reasons.contains("near ")).as(reasons).isEqualTo(!inHost && hostDistricts.contains(c.at("/enterprise/district").asText()));
        }
        assertThat(j.get("candidates").toString()).contains("(same district");
        assertThat(server.get("/api/v1/chain/recommend?segment=IC-2&top=0").statusCode()).isEqualTo(400);
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
