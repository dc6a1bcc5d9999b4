package org.xiandao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.web.system.Json;

/** The policy calculator and simulation over HTTP. */
class PolicyApiTest {

    @TempDir
    static Path temp;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(temp, 1_500);
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

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsThePoliciesWithTheirDatedParametersAndSources() throws IOException {
        JsonNode policies = json("/api/v1/policies", 200);
        JsonNode hnte = null;
        for (JsonNode p : policies) {
            if (p.get("id").asText().equals("hnte")) {
                hnte = p;
            }
        }
        assertThat(hnte.get("document").asText()).contains("国科发火〔2016〕32号");
        assertThat(hnte.toString()).contains("min_tech_share").contains("2008-04-14").contains("30%").contains("国科发火〔2016〕32号 art.11(4)");
    }

    @Test
    void evaluatesTypedFiguresWithAnExplanation() throws IOException {
        String query = "date=2024-06-01&founded=2019-05-01&staff=80&technical_staff=20&revenue=" + q("3000万")
                + "&rd_expense_y3=" + q("160万") + "&high_tech_revenue=" + q("2500万") + "&ip_class_one=2&ip_class_two=3&segments=IC-2.1";
        JsonNode results = json("/api/v1/policies/evaluate?" + query, 200);
        JsonNode hnte = null;
        for (JsonNode r : results) {
            if (r.get("policyId").asText().equals("hnte")) {
                hnte = r;
            }
        }
        assertThat(hnte.get("outcome").asText()).isEqualTo("QUALIFIES");
        assertThat(hnte.get("explanation").toString()).contains("art11.4").contains("tech_share >= min_tech_share");
        // Fields not typed are unknown, and the policies that need them say so.
        assertThat(results.toString()).contains("UNDECIDED").contains("total_assets");
    }

    @Test
    void evaluatesAStoredEnterpriseWithApplicationInputs() throws IOException {
        Enterprise e = new SyntheticShanghai(Fixtures.TAXONOMY, Fixtures.PARKS, 42).enterprises(1_500)
                .filter(x -> x.segments().get(0).startsWith("IC-2")).findFirst().orElseThrow();
        JsonNode results = json("/api/v1/policies/evaluate?date=2025-01-01&enterprise=" + e.code().value()
                + "&tape_out_fee=" + q("8000万") + "&process_node_nm=14&shanghai_line=yes", 200);
        JsonNode ic = null;
        for (JsonNode r : results) {
            if (r.get("policyId").asText().equals("sh_ic")) {
                ic = r;
            }
        }
        assertThat(ic.get("outcome").asText()).isEqualTo("QUALIFIES");
        assertThat(ic.get("amount").asLong()).isEqualTo(24_000_000L);
    }

    @Test
    void badFiguresAndScenariosAreRejectedByName() throws IOException {
        assertThat(json("/api/v1/policies/evaluate?revenue=lots", 400).get("parameter").asText()).isEqualTo("revenue");
        assertThat(json("/api/v1/policies/evaluate?founded=yesterday", 400).get("error").asText()).contains("a date");
        assertThat(json("/api/v1/policies/evaluate?segments=IC-99", 400).get("error").asText()).contains("nearest");
        assertThat(json("/api/v1/policies/evaluate?enterprise=91350100M000100Y43", 404).get("error").asText()).contains("No enterprise");
        assertThat(json("/api/v1/policies/evaluate?date=tomorrow", 400).get("parameter").asText()).isEqualTo("date");
        JsonNode bad = json("/api/v1/policies/simulate?scenario=" + q("set sh_ic.rate = 40%"), 400);
        assertThat(bad.get("error").asText()).contains("has no parameter 'rate'").contains("support_rate");
    }

    @Test
    void simulatesWithAScenario() throws IOException {
        String scenario = "assume sh_ic.tape_out_fee = rd_expense_y3 * 40%\nassume sh_ic.process_node_nm = 14\n"
                + "assume sh_ic.shanghai_line = true\nset sh_ic.support_rate = 40%\n";
        JsonNode s = json("/api/v1/policies/simulate?date=2025-09-01&by=district&scenario=" + q(scenario), 200);
        assertThat(s.get("synthetic").asLong()).isEqualTo(1_500);
        assertThat(s.get("assumptions").get("sh_ic.tape_out_fee").asText()).isEqualTo("rd_expense_y3 * 40%");
        for (JsonNode p : s.get("policies")) {
            if (p.get("policyId").asText().equals("sh_ic")) {
                assertThat(p.get("scenario").get("cost").asLong()).isGreaterThan(p.get("baseline").get("cost").asLong()).isPositive();
            }
        }
        assertThat(server.get("/policies/simulate?date=2025-09-01").statusCode()).isEqualTo(200);
        HttpResponse<String> page = server.get("/policies?date=2024-06-01&staff=80");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("cannot decide");
    }

    @Test
    void aBrokenPolicyFileIsLeftOutWhileTheOthersKeepWorking() throws IOException {
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("policies"));
        java.nio.file.Files.writeString(folder.resolve("good.policy"), """
                policy good
                title "好" "Good"
                effective 2020-01-01 ..
                clause c "x"
                eligible all
                  [c] staff >= 10
                """);
        java.nio.file.Files.writeString(folder.resolve("broken.policy"), """
                policy broken
                effective 2020-01-01 ..
                clause c "x"
                eligible all
                  [c] staff >= 10%
                """);
        var service = new org.xiandao.web.policy.PolicyService(server.store.store(), folder);
        assertThat(service.policies()).extracting(org.xiandao.core.policy.Policy::id).containsExactly("good");
        assertThat(service.loadErrors()).hasSize(1);
        assertThat(service.loadErrors().get(0).toString()).startsWith("broken.policy:5:13: cannot compare a number with a share");
        var app = XiandaoServer.create(server.store.store(), "127.0.0.1", service).start(0);
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + "/policies?staff=20")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("broken.policy:5:13").contains("Good").contains("qualifies");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            app.stop();
        }
    }
}
