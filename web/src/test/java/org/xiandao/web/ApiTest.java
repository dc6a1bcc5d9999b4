package org.xiandao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.web.system.Json;

/** The JSON API over a real server and a real DuckDB store. */
class ApiTest {

    @TempDir
    static Path temp;
    static RunningServer server;
    static final int N = 2_000;
    static List<Enterprise> population;

    @BeforeAll
    static void start() {
        server = new RunningServer(temp, N);
        population = new SyntheticShanghai(Fixtures.TAXONOMY, Fixtures.PARKS, 42).enterprises(N).toList();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(String path, int expectedStatus) throws IOException {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void health() throws IOException {
        JsonNode h = json("/api/v1/health", 200);
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("store").asText()).isEqualTo("duckdb");
        assertThat(h.get("enterprises").asLong()).isEqualTo(N);
    }

    @Test
    void overviewCountsMatchThePopulation() throws IOException {
        JsonNode o = json("/api/v1/overview", 200);
        assertThat(o.get("total").asLong()).isEqualTo(N);
        assertThat(o.get("synthetic").asLong()).isEqualTo(N);
        Set<String> ic = Fixtures.TAXONOMY.selfAndDescendants("IC");
        long expectedIc = population.stream().filter(e -> e.segments().stream().anyMatch(ic::contains)).count();
        assertThat(o.get("industries").get(0).get("code").asText()).isEqualTo("IC");
        assertThat(o.get("industries").get(0).get("count").asLong()).isEqualTo(expectedIc);
        long pudong = population.stream().filter(e -> e.district() == District.PUDONG).count();
        JsonNode firstDistrict = o.get("districts").get(0);
        assertThat(firstDistrict.get("code").asText()).isEqualTo("PUDONG");
        assertThat(firstDistrict.get("count").asLong()).isEqualTo(pudong);
    }

    @Test
    void searchPagesAndSorts() throws IOException {
        JsonNode p1 = json("/api/v1/enterprises?segment=BIO-2&sort=staff&dir=desc&size=5", 200);
        Set<String> cell = Fixtures.TAXONOMY.selfAndDescendants("BIO-2");
        long expected = population.stream().filter(e -> e.segments().stream().anyMatch(cell::contains)).count();
        assertThat(p1.get("total").asLong()).isEqualTo(expected);
        assertThat(p1.get("items")).hasSize(5);
        List<Integer> staff = new ArrayList<>();
        p1.get("items").forEach(i -> staff.add(i.get("staff").asInt()));
        assertThat(staff).isSortedAccordingTo((a, b) -> b - a);
        JsonNode p2 = json("/api/v1/enterprises?segment=BIO-2&sort=staff&dir=desc&size=5&page=2", 200);
        assertThat(p2.get("items").get(0).get("staff").asInt()).isLessThanOrEqualTo(staff.get(4));
        assertThat(p1.get("items").get(0).get("synthetic").asBoolean()).isTrue();
        assertThat(p1.get("items").get(0).get("origin").get("kind").asText()).isEqualTo("synthetic");
    }

    @Test
    void enterpriseByCode() throws IOException {
        Enterprise e = population.get(10);
        JsonNode j = json("/api/v1/enterprises/" + e.code().value(), 200);
        assertThat(j.get("nameZh").asText()).isEqualTo(e.nameZh());
        assertThat(j.get("revenueYuan").asLong()).isEqualTo(e.financials().revenue());
        assertThat(j.get("founded").asText()).isEqualTo(e.founded().toString());
    }

    @Test
    void badInputIsAnsweredWith400NamingTheParameter() throws IOException {
        assertThat(json("/api/v1/enterprises?segment=IC-99", 400).get("parameter").asText()).isEqualTo("segment");
        assertThat(json("/api/v1/enterprises?district=Atlantis", 400).get("error").asText()).contains("Atlantis");
        assertThat(json("/api/v1/enterprises?page=0", 400).get("parameter").asText()).isEqualTo("page");
        assertThat(json("/api/v1/enterprises?size=abc", 400).get("error").asText()).contains("whole number");
        assertThat(json("/api/v1/enterprises?sort=height", 400).get("parameter").asText()).isEqualTo("sort");
        assertThat(json("/api/v1/enterprises/NOT-A-CODE", 400).get("error").asText()).contains("18 characters");
        assertThat(json("/api/v1/enterprises/91350100M000100Y43", 404).get("error").asText()).contains("No enterprise");
    }

    @Test
    void chainMapCountsEachSegmentsEnterprises() throws IOException {
        JsonNode chain = json("/api/v1/chain", 200);
        JsonNode fab = null;
        for (JsonNode n : chain.get("nodes")) {
            if (n.get("code").asText().equals("IC-3")) {
                fab = n;
            }
        }
        assertThat(fab).isNotNull();
        Set<String> fabs = Fixtures.TAXONOMY.selfAndDescendants("IC-3");
        assertThat(fab.get("enterprises").asLong()).isEqualTo(population.stream().filter(e -> e.segments().stream().anyMatch(fabs::contains)).count());
        assertThat(chain.get("links").size()).isEqualTo(Fixtures.TAXONOMY.edges(org.xiandao.core.chain.EdgeKind.GOES_INTO).size());
        for (JsonNode n : chain.get("nodes")) {
            assertThat(n.get("weak").asBoolean()).isEqualTo(n.get("weakLink").asDouble() > org.xiandao.core.chain.ChainHealth.THIN);
        }
    }

    @Test
    void openApiDocumentDescribesEveryApiRoute() throws IOException {
        JsonNode doc = json("/api/v1/openapi.json", 200);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> served = new HashSet<>();
        server.app.unsafe.internalRouter.allHttpHandlers().forEach(h -> {
            String path = h.endpoint.path;
            if (path.startsWith("/api/")) {
                served.add(path);
            }
        });
        assertThat(documented).isEqualTo(served);
        for (String path : documented) {
            boolean needsParameters = doc.get("paths").get(path).get("get").path("parameters").findValues("required").stream().anyMatch(JsonNode::asBoolean);
            if (!path.contains("{") && !needsParameters) {
                assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void pagesRenderInBothLanguagesAndErrorsArePages() {
        HttpResponse<String> en = server.get("/");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("Enterprises by industry").contains("Synthetic data");
        HttpResponse<String> zh = server.get("/", "zh-CN,zh;q=0.9");
        assertThat(zh.body()).contains("按产业分布").contains("合成数据");
        assertThat(server.get("/?lang=zh").body()).contains("按产业分布");
        HttpResponse<String> detail = server.get("/enterprises/" + population.get(3).code().value());
        assertThat(detail.body()).contains(population.get(3).nameEn()).contains("synthetic (generator seed 42)");
        HttpResponse<String> queue = server.get("/enterprises/unidentified");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Nothing is waiting");
        HttpResponse<String> missing = server.get("/enterprises/91350100M000100Y43");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No enterprise with credit code");
        assertThat(server.get("/no/such/page").statusCode()).isEqualTo(404);
        HttpResponse<String> badSearch = server.get("/enterprises?band=GIANT");
        assertThat(badSearch.statusCode()).isEqualTo(400);
        assertThat(badSearch.body()).contains("unknown size band");
    }

    @Test
    void searchExportsToExcelInTheImportLayout() throws IOException {
        HttpResponse<byte[]> r = server.getBytes("/enterprises.xlsx?district=XUHUI&sort=revenue");
        assertThat(r.statusCode()).isEqualTo(200);
        long xuhui = population.stream().filter(e -> e.district() == District.XUHUI).count();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            var sheet = wb.getSheet("enterprises");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("credit_code");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) xuhui);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("XUHUI");
            assertThat(wb.getSheet("about").getRow(0).getCell(0).getStringCellValue()).contains("synthetic");
        }
    }

    @Test
    void theParkMatrixCountsMatchThePopulation() throws IOException {
        JsonNode m = json("/api/v1/parks/matrix", 200);
        Set<String> design = Fixtures.TAXONOMY.selfAndDescendants("IC-2");
        long zjDesign = population.stream().filter(e -> "ZJ".equals(e.parkCode()) && e.segments().stream().anyMatch(design::contains)).count();
        JsonNode cell = null;
        for (JsonNode c : m.get("cells")) {
            if (c.get("park").asText().equals("ZJ") && c.get("segment").asText().equals("IC-2")) {
                cell = c;
            }
        }
        assertThat(cell.get("enterprises").asLong()).isEqualTo(zjDesign);
        assertThat(cell.get("density").asDouble()).isGreaterThan(1.0);
        assertThat(m.get("parks")).hasSize(Fixtures.PARKS.all().size());
        assertThat(server.get("/parks").body()).contains("chart-parks").contains("park-lacks");
    }

    @Test
    void aParkProfileCountsItsEnterprisesStagesAndFundMoney() throws IOException {
        JsonNode p = json("/api/v1/parks/LG?date=2026-06-30", 200);
        List<org.xiandao.core.enterprise.Enterprise> lg = population.stream().filter(e -> "LG".equals(e.parkCode())).toList();
        assertThat(p.at("/ecology/enterprises").asLong()).isEqualTo(lg.size());
        long seed = lg.stream().filter(e -> e.stage() == org.xiandao.core.enterprise.FundingStage.ANGEL).count();
        assertThat(p.at("/ecology/byStage/ANGEL").asLong(0)).isEqualTo(seed);
        assertThat(p.at("/cityEnterprises").asLong()).isEqualTo(population.size());
        assertThat(p.get("policies")).isNotEmpty();
        for (JsonNode u : p.get("policies")) {
            assertThat(u.get("qualifying").asLong()).isBetween(0L, (long) lg.size());
        }
        String page = server.get("/parks/LG").body();
        assertThat(page).contains("park-segments").contains("park-stages").contains("park-policies").contains("park-compare-form");
    }

    @Test
    void twoParksCompareSideBySide() throws IOException {
        JsonNode both = json("/api/v1/parks/compare?a=ZJ&b=lg", 200);
        assertThat(both).hasSize(2);
        assertThat(both.get(0).at("/park/code").asText()).isEqualTo("ZJ");
        assertThat(both.get(1).at("/park/code").asText()).isEqualTo("LG");
        String page = server.get("/parks/compare?a=ZJ&b=LG").body();
        assertThat(page).contains("park-comparison").contains("/parks/ZJ").contains("/parks/LG").contains("park-compare-xlsx");
        HttpResponse<byte[]> xlsx = server.getBytes("/parks/compare.xlsx?a=ZJ&b=LG");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheet("Comparison");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Enterprises");
            assertThat((long) sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(both.get(0).at("/ecology/enterprises").asLong());
            assertThat((long) sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(both.get(1).at("/ecology/enterprises").asLong());
            assertThat(wb.getSheet("About").getRow(1).getCell(0).getStringCellValue()).contains("synthetic");
        }
    }

    @Test
    void badParkRequestsAreRefusedWithTheReason() throws IOException {
        assertThat(json("/api/v1/parks/NOPE", 404).get("error").asText()).contains("NOPE").contains("ZJ");
        assertThat(json("/api/v1/parks/compare?a=ZJ", 400).get("error").asText()).contains("second park");
        assertThat(json("/api/v1/parks/ZJ?date=2026-13-01", 400).get("error").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void aSegmentPageShowsItsHealthNeighboursFundsAndPolicies() throws IOException {
        JsonNode p = json("/api/v1/chain/segments/ic-3?date=2026-06-30", 200);
        Set<String> fab = Fixtures.TAXONOMY.selfAndDescendants("IC-3");
        long inFab = population.stream().filter(e -> e.segments().stream().anyMatch(fab::contains)).count();
        assertThat(p.at("/segment/code").asText()).isEqualTo("IC-3");
        assertThat(p.get("enterprises").asLong()).isEqualTo(inFab);
        assertThat(p.at("/health/enterprises").asLong()).isEqualTo(inFab);
        assertThat(p.get("suppliers").toString()).contains("IC-5");
        assertThat(p.get("customers").toString()).contains("IC-4");
        assertThat(p.get("hostParks").toString()).contains("LG");
        assertThat(p.get("leaders").size()).isBetween(1, 10);
        String page = server.get("/chain/segments/IC-3").body();
        assertThat(page).contains("segment-health").contains("segment-upstream").contains("segment-policies").contains("/chain/recommend?segment=IC-3");
        JsonNode missing = json("/api/v1/chain/segments/IC-33", 404);
        assertThat(missing.get("error").asText()).contains("IC-33").contains("nearest codes").contains("IC-3");
    }
}
