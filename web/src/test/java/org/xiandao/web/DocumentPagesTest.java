package org.xiandao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xiandao.store.document.DocumentIngest;
import org.xiandao.store.indicator.IndicatorFiles;
import org.xiandao.store.testing.SharedData;
import org.xiandao.web.system.Json;

/** Documents, facts, review and indicators over a store holding the seed report and the invented samples. */
class DocumentPagesTest {

    @TempDir
    static Path temp;
    static RunningServer server;
    static Browser browser;
    static String seedId;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(temp, 500);
        DocumentIngest ingest = new DocumentIngest(server.store.store());
        Path seed = SharedData.folder("worldbank-wdi").getParent().getParent().resolve("seed").resolve("000_667c1fbbe8aa308d.txt");
        DocumentIngest.Outcome o = ingest.ingest(seed);
        seedId = o.message();
        for (Path p : DocumentIngest.expand(List.of(Path.of("../samples/articles")))) {
            ingest.ingest(p);
        }
        server.store.store().indicators().add(IndicatorFiles.read(Path.of("../samples/indicators/shanghai-rd-gdp.csv")));
        browser = Browser.start(temp);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void documentsListAndApi() throws Exception {
        JsonNode docs = Json.MAPPER.readTree(server.get("/api/v1/documents").body());
        long samples;
        try (var files = Files.list(Path.of("../samples/articles"))) {
            samples = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertThat(docs.size()).isEqualTo((int) samples + 1);
        assertThat(docs.findValues("invented").stream().filter(JsonNode::asBoolean).count()).isEqualTo(samples);
        String page = server.get("/documents").body();
        assertThat(page).contains("Shanghai to Keep Promoting IC, Biomedicine, AI Industries, Mayor Says").contains("invented");
        assertThat(server.get("/documents/nope").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/documents/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void factsFilterByTypePersonOrganisationAndPeriod() throws Exception {
        JsonNode roles = Json.MAPPER.readTree(server.get("/api/v1/facts?type=person&person=He%20Dajun").body());
        assertThat(roles.findValuesAsText("object")).contains("general manager", "congress deputy");
        JsonNode q = Json.MAPPER.readTree(server.get("/api/v1/facts?type=quantity&period=2023").body());
        assertThat(q).isNotEmpty();
        q.forEach(f -> assertThat(f.get("attributes").get("period").asText()).startsWith("2023"));
        JsonNode org = Json.MAPPER.readTree(server.get("/api/v1/facts?organisation=Zhangjiang%20Hi-Tech%20Park%20Development").body());
        assertThat(org.findValuesAsText("type")).contains("PERSON", "ORGANISATION", "RELATION");
        assertThat(server.get("/api/v1/facts?type=rumour").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/v1/facts?limit=-1").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> xlsx = server.getBytes("/facts.xlsx?type=quantity");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheet("Facts");
            int quantities = Json.MAPPER.readTree(server.get("/api/v1/facts?type=quantity&limit=5000").body()).size();
            assertThat(sheet.getLastRowNum()).isEqualTo(quantities);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("quantity");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isNotBlank();
        }
        JsonNode page1 = Json.MAPPER.readTree(server.get("/api/v1/facts?limit=5&offset=0").body());
        JsonNode page2 = Json.MAPPER.readTree(server.get("/api/v1/facts?limit=5&offset=5").body());
        assertThat(page1.size()).isEqualTo(5);
        assertThat(page2.get(0).get("seq").asInt() + page2.get(0).get("documentId").asText())
                .isNotEqualTo(page1.get(0).get("seq").asInt() + page1.get(0).get("documentId").asText());
        assertThat(server.get("/facts?limit=5").body()).contains("id=\"next-page\"");
        assertThat(server.get("/people/Pan%20Jing").body()).contains("Taimi Robotics Technology").contains("chairman");
        assertThat(server.get("/organisations/Taimi%20Robotics%20Technology").body()).contains("medical robot maker").contains("PENDING");
        // "Zhangjiang Science City" is a shipped park: the invented samples' mention links to it and the page says where.
        assertThat(server.get("/organisations/Zhangjiang%20Science%20City").body()).contains("LINKED").contains("href=\"/parks/ZJ\"");
    }

    @Test
    void reviewQueueAcceptsMergesAndRejectsOnlyPendingNames() throws Exception {
        JsonNode pending = Json.MAPPER.readTree(server.get("/api/v1/review?status=PENDING").body());
        assertThat(pending.size()).isGreaterThan(3);
        String first = pending.get(0).get("name").asText();
        String second = pending.get(1).get("name").asText();
        String third = pending.get(2).get("name").asText();
        assertThat(post("/api/v1/review", "name=" + enc(first) + "&action=accept").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/review", "name=" + enc(first) + "&action=reject").statusCode()).as("decided once").isEqualTo(400);
        assertThat(post("/api/v1/review", "name=" + enc(second) + "&action=merge&targetKind=PARK&targetId=ZJ").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/review", "name=" + enc(third) + "&action=merge&targetKind=PARK&targetId=NOPE").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/review", "name=" + enc(third) + "&action=delete").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/review", "name=" + enc(third) + "&action=merge&targetKind=FUND&targetId=NOPE").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/review", "name=" + enc(third) + "&action=reject").statusCode()).isEqualTo(200);
        JsonNode merged = Json.MAPPER.readTree(server.get("/api/v1/review?status=MERGED").body());
        assertThat(merged.findValuesAsText("name")).contains(second);
        assertThat(merged.get(0).get("targetId").asText()).isEqualTo("ZJ");
        assertThat(server.get("/api/v1/review?status=MAYBE").statusCode()).isEqualTo(400);
        assertThat(server.get("/review").body()).contains(first).contains("ACCEPTED");
    }

    @Test
    void documentPageMarksEveryFactWithEvidenceInPlace() throws Exception {
        JsonNode d = Json.MAPPER.readTree(server.get("/api/v1/documents/" + seedId).body());
        browser.driver.get(server.url("/documents/" + seedId + "?lang=en"));
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("#doc-text mark.fact"));
        assertThat(marks).isNotEmpty();
        String body = d.get("document").get("body").asText();
        for (WebElement m : marks) {
            JsonNode fact = null;
            int seq = Integer.parseInt(m.getAttribute("id").substring(2));
            for (JsonNode f : d.get("facts")) {
                if (f.get("seq").asInt() == seq) {
                    fact = f;
                }
            }
            assertThat(fact).isNotNull();
            assertThat(m.getText().replaceAll("\\s+", " "))
                    .isEqualTo(body.substring(fact.get("spanStart").asInt(), fact.get("spanEnd").asInt()).replaceAll("\\s+", " "));
        }
        assertThat(browser.driver.findElement(By.id("doc-text")).getText()).contains("Pan Jing, a congress deputy");
        // Each organisation row says whether it was linked or waits for review.
        assertThat(browser.driver.findElements(By.cssSelector("#facts-table .link-status[data-status='PENDING']"))).isNotEmpty();
        browser.screenshot("document");
        String invented = server.get("/api/v1/documents").body();
        String sampleId = Json.MAPPER.readTree(invented).findParents("invented").stream().filter(n -> n.get("invented").asBoolean())
                .findFirst().orElseThrow().get("id").asText();
        browser.driver.get(server.url("/documents/" + sampleId + "?lang=en"));
        assertThat(browser.driver.findElement(By.id("invented-banner")).getText()).contains("Invented sample");
    }

    @Test
    void indicatorChartShowsEverySourcedValueSideBySide() throws Exception {
        JsonNode api = Json.MAPPER.readTree(server.get("/api/v1/indicators?region=Shanghai&metric=R%26D%20expenditure%20/%20GDP").body());
        browser.driver.get(server.url("/indicators?lang=en"));
        browser.awaitCharts(1);
        Object plotted = browser.script("const o = echarts.getInstanceByDom(document.getElementById('chart-indicator')).getOption();"
                + "return o.series.flatMap(s => s.data.map(d => s.name + '|' + d.value[0] + '|' + d.value[1]));");
        List<String> expected = new ArrayList<>();
        api.forEach(p -> expected.add(p.get("kind").asText() + "|" + p.get("period").asText() + "|" + p.get("value").asDouble()));
        List<String> drawn = new ArrayList<>();
        for (Object o : (List<?>) plotted) {
            String[] parts = o.toString().split("\\|");
            drawn.add(parts[0] + "|" + parts[1] + "|" + Double.parseDouble(parts[2]));
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
        // 2003 has two sources that disagree; both are there. The seed's 4.4 for 2023 links to its sentence.
        assertThat(expected.stream().filter(e -> e.startsWith("actual|2003|"))).hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("#indicator-table a[href^='/documents/" + seedId + "#f-']"))).isNotEmpty();
        browser.screenshot("indicators");
    }

    private static HttpResponse<String> post(String path, String form) throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
