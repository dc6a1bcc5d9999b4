package org.xiandao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.web.system.Json;

/** Fund pages and API over a real server with a synthetic fund family. */
class FundApiTest {

    @TempDir
    static Path temp;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(temp, 3_000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(String path, int status) throws IOException {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void theTreeListsMotherFundsWithTheirSubFunds() throws IOException {
        JsonNode tree = json("/api/v1/funds?asOf=2026-09-30", 200);
        assertThat(tree).hasSize(15);
        assertThat(tree.get(0).get("fund").get("id").asText()).isEqualTo("MF-AI");
        assertThat(tree.get(0).get("depth").asInt()).isZero();
        assertThat(tree.get(1).get("depth").asInt()).isEqualTo(1);
        assertThat(tree.get(0).get("fund").get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void aFundAsOfAPastDateShowsOnlyWhatHappenedByThen() throws IOException {
        JsonNode early = json("/api/v1/funds/MF-IC-S01?asOf=2018-01-01", 200);
        JsonNode late = json("/api/v1/funds/MF-IC-S01?asOf=2026-09-30", 200);
        double paidEarly = early.get("performance").get("paidIn").asDouble();
        double paidLate = late.get("performance").get("paidIn").asDouble();
        assertThat(paidLate).isGreaterThan(paidEarly);
        double dpi = late.get("performance").get("multiples").get("distributed").asDouble() / paidLate;
        assertThat(late.get("performance").get("multiples").get("paidIn").asDouble()).isCloseTo(paidLate, within(0.01));
        assertThat(dpi).isGreaterThanOrEqualTo(0);
        assertThat(late.get("mandate").get("lines")).hasSize(4);
        assertThat(late.get("capitalAccounts")).hasSize(4);
        LocalDate close = LocalDate.parse(late.get("fund").get("firstClose").asText());
        long quarters = java.time.temporal.ChronoUnit.MONTHS.between(close, LocalDate.of(2026, 9, 30)) / 3 + 1;
        assertThat(late.get("history").size()).isEqualTo((int) quarters);
        assertThat(late.get("performance").get("netIrr").get("status").asText()).isIn("CONVERGED", "MULTIPLE_ROOTS");
    }

    @Test
    void badDatesAndUnknownFundsAreRejected() throws IOException {
        assertThat(json("/api/v1/funds/MF-IC?asOf=soon", 400).get("parameter").asText()).isEqualTo("asOf");
        assertThat(json("/api/v1/funds/NOPE", 404).get("error").asText()).contains("No fund 'NOPE'");
    }

    @Test
    void pagesAndTheExcelDownload() throws IOException {
        assertThat(server.get("/funds?asOf=2026-09-30").body()).contains("Synthetic Integrated circuits mother fund").contains("family-unreached");
        assertThat(server.get("/funds/MF-IC-S01?asOf=2026-09-30").body()).contains("fund-terms").contains("district-exposure");
        String page = server.get("/funds/MF-BIO-S01?asOf=2026-09-30").body();
        assertThat(page).contains("not a real fund").contains("chart-jcurve").contains("waterfall-table").contains("RETURN_OF_CAPITAL");
        HttpResponse<byte[]> x = server.getBytes("/funds/MF-BIO.xlsx?asOf=2026-09-30");
        assertThat(x.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            assertThat(wb.getSheet("Summary").getRow(0).getCell(1).getStringCellValue()).contains("Synthetic Biomedicine mother fund");
        }
    }

    @Test
    void anLpSeesItsCapitalAccountInEveryFund() throws IOException {
        JsonNode lp = json("/api/v1/lps/LP-SOE?asOf=2026-09-30", 200);
        assertThat(lp.get("lp").get("synthetic").asBoolean()).isTrue();
        assertThat(lp.get("accounts").size()).isEqualTo(15);
        assertThat(server.get("/lps/LP-SOE?asOf=2026-09-30").body()).contains("lp-accounts");
        assertThat(json("/api/v1/lps/NOBODY", 404).get("error").asText()).contains("No LP");
    }
}
