package org.xiandao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiandao.web.system.Json;

/** The pages in a real headless Chromium: charts drawn with the data the API reports. */
class BrowserTest {

    @TempDir
    static Path temp;
    static RunningServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = new RunningServer(temp.resolve("store").toFile().mkdirs() ? temp.resolve("store") : temp, 3_000);
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

    private static List<Long> chartValues(String id) {
        Object values = browser.script("return echarts.getInstanceByDom(document.getElementById('" + id
                + "')).getOption().series[0].data.map(d => typeof d === 'object' ? d.value : d);");
        List<Long> out = new ArrayList<>();
        for (Object v : (List<?>) values) {
            out.add(((Number) v).longValue());
        }
        return out;
    }

    private static List<Long> counts(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asLong()));
        return out;
    }

    @Test
    void overviewDrawsEveryChartWithTheApisFigures() throws IOException {
        browser.driver.get(server.url("/?lang=en"));
        browser.awaitCharts(4);
        JsonNode overview = Json.MAPPER.readTree(server.get("/api/v1/overview").body());
        assertThat(chartValues("chart-industry")).isEqualTo(counts(overview.get("industries"), "count"));
        assertThat(chartValues("chart-segment")).isEqualTo(counts(overview.get("segments"), "count"));
        assertThat(chartValues("chart-district")).isEqualTo(counts(overview.get("districts"), "count"));
        assertThat(chartValues("chart-park")).isEqualTo(counts(overview.get("parks"), "count"));
        assertThat(browser.driver.findElement(By.id("synthetic-banner")).getText()).contains("3,000").contains("not real companies");
        // The canvas was actually painted, not just configured.
        Object painted = browser.script("const c = document.querySelector('#chart-industry canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;");
        assertThat(((Number) painted).longValue()).isGreaterThan(1000);
        browser.screenshot("overview");
    }

    @Test
    void chainMapDrawsEverySegmentSizedByItsEnterprises() throws IOException {
        browser.driver.get(server.url("/chain?lang=en"));
        browser.awaitCharts(1);
        JsonNode chain = Json.MAPPER.readTree(server.get("/api/v1/chain").body());
        assertThat(chartValues("chart-chain")).isEqualTo(counts(chain.get("nodes"), "enterprises"));
        Object links = browser.script("return echarts.getInstanceByDom(document.getElementById('chart-chain')).getOption().series[0].links.length;");
        assertThat(((Number) links).intValue()).isEqualTo(chain.get("links").size());
        browser.screenshot("chain-map");
    }

    @Test
    void languageSwitchShowsChinese() throws IOException {
        browser.driver.get(server.url("/?lang=en"));
        browser.driver.findElement(By.id("lang-switch")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "总览"));
        browser.awaitCharts(4);
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        browser.screenshot("overview-zh");
        browser.driver.get(server.url("/?lang=en"));
    }

    @Test
    void searchFiltersInPlaceAndLinksToTheDetail() throws IOException {
        browser.driver.get(server.url("/enterprises?lang=en"));
        String before = browser.driver.findElement(By.id("result-count")).getText();
        assertThat(before).contains("3,000");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("district"))).selectByValue("XUHUI");
        // htmx swaps the results in place; an element read mid-swap goes stale, so wait through that.
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("result-count")).getText().equals(before) && d.getCurrentUrl().contains("district=XUHUI"));
        JsonNode api = Json.MAPPER.readTree(server.get("/api/v1/enterprises?district=XUHUI").body());
        assertThat(browser.driver.findElement(By.id("result-count")).getText()).contains(String.format("%,d", api.get("total").asLong()));
        assertThat(browser.driver.getCurrentUrl()).contains("district=XUHUI");
        browser.screenshot("search");
        browser.driver.findElement(By.cssSelector("#result-table tbody tr a")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("origin")));
        assertThat(browser.driver.findElement(By.id("origin")).getText()).contains("synthetic");
        browser.screenshot("enterprise");
    }

    @Test
    void theCalculatorExplainsClauseByClauseAndTheSimulationChartsTheApisFigures() throws IOException {
        browser.driver.get(server.url("/policies?lang=en&date=2024-06-01&founded=2019-05-01&staff=80&technical_staff=20"
                + "&revenue=30000000&rd_expense_y3=1600000&high_tech_revenue=25000000&ip_class_one=2&ip_class_two=3&segments=IC-2.1"));
        var rows = browser.driver.findElements(By.cssSelector("#policy-results tbody tr"));
        assertThat(rows).isNotEmpty();
        var hnte = rows.stream().filter(r -> r.getText().contains("High-tech enterprise recognition")).findFirst().orElseThrow();
        assertThat(hnte.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("qualifies");
        hnte.findElement(By.tagName("summary")).click();
        assertThat(hnte.getText()).contains("[art11.4]").contains("min_tech_share = 10%");
        browser.screenshot("policy-calculator");

        browser.driver.get(server.url("/policies/simulate?lang=en&date=2025-09-01&scenario="
                + java.net.URLEncoder.encode("set sh_ai_model_voucher.rate = 60%", java.nio.charset.StandardCharsets.UTF_8)));
        browser.awaitCharts(1);
        JsonNode api = Json.MAPPER.readTree(server.get("/api/v1/policies/simulate?date=2025-09-01").body());
        List<Long> baseline = new ArrayList<>();
        api.get("policies").forEach(p -> baseline.add(p.get("baseline").get("payable").asLong()));
        assertThat(chartValues("chart-simulation")).isEqualTo(baseline);
        browser.screenshot("policy-simulation");
    }

    @Test
    void theFundPageDrawsTheJCurveFromTheFundsHistory() throws IOException {
        browser.driver.get(server.url("/funds/MF-IC?lang=en&asOf=2026-09-30"));
        browser.awaitCharts(2);
        JsonNode api = Json.MAPPER.readTree(server.get("/api/v1/funds/MF-IC?asOf=2026-09-30").body());
        List<Long> nav = new ArrayList<>();
        api.get("history").forEach(p -> nav.add(Math.round(p.get("nav").asDouble())));
        Object drawn = browser.script("return echarts.getInstanceByDom(document.getElementById('chart-jcurve')).getOption().series[1].data.map(Math.round);");
        List<Long> values = new ArrayList<>();
        for (Object v : (List<?>) drawn) {
            values.add(((Number) v).longValue());
        }
        assertThat(values).isEqualTo(nav);
        assertThat(browser.driver.findElement(By.id("fund-synthetic")).getText()).contains("not a real fund");
        browser.screenshot("fund");
    }

    @Test
    void theParkComparisonChartsBothParksSegmentsFromTheApi() throws IOException {
        browser.driver.get(server.url("/parks/compare?a=ZJ&b=LG&lang=en"));
        browser.awaitCharts(1);
        JsonNode both = Json.MAPPER.readTree(server.get("/api/v1/parks/compare?a=ZJ&b=LG").body());
        JsonNode segments = Json.MAPPER.readTree(server.get("/api/v1/parks/matrix").body()).get("segments");
        List<Long> expected = new ArrayList<>();
        segments.forEach(s -> expected.add(both.get(0).at("/ecology/bySegment/" + s.asText()).asLong(0)));
        assertThat(chartValues("chart-park-compare")).isEqualTo(expected);
        assertThat(expected.stream().mapToLong(Long::longValue).sum()).isPositive();
        browser.screenshot("park-compare");
    }
}
