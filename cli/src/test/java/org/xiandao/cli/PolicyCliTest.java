package org.xiandao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.web.system.Json;

class PolicyCliTest {

    @TempDir
    Path temp;
    private String db;

    @BeforeEach
    void population() {
        db = temp.resolve("p.duckdb").toString();
        assertThat(Cli.run("generate", "--enterprises", "3000", "--seed", "3", "--db", db).exitCode()).isZero();
    }

    private static Path repo(String path) {
        return Path.of("..").resolve(path);
    }

    @Test
    void checkAcceptsTheShippedPoliciesAndRejectsABrokenOneWithItsPosition() throws IOException {
        Cli.Result ok = Cli.run("policy", "check", repo("policies/hnte.policy").toString(), repo("policies/sh_ic_2021.policy").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("ok  ").contains("hnte");
        Path broken = temp.resolve("broken.policy");
        Files.writeString(broken, "policy b\neffective 2024-01-01 ..\nclause c \"x\"\neligible all\n  [c] revenue >= 100\n");
        Cli.Result bad = Cli.run("policy", "check", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("broken.policy:5:15: cannot compare an amount (yuan) with a number").contains("5000万")
                .contains("Nothing was loaded");
    }

    @Test
    void testRunsTheExamplesOfAFolder() throws IOException {
        Cli.Result shipped = Cli.run("policy", "test");
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        assertThat(shipped.err()).containsPattern("\\d+ examples, \\d+ passed, 0 failed");
        Path dir = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(dir.resolve("wrong.policy"), """
                policy wrong
                effective 2024-01-01 ..
                clause c "x"
                eligible all
                  [c] staff >= 10
                test "expects the wrong thing"
                  date 2024-06-01
                  given staff = 5
                  expect qualifies = true
                """);
        Cli.Result failing = Cli.run("policy", "test", dir.toString());
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.err()).contains("FAIL  wrong: expects the wrong thing").contains("expected qualifies but got does not qualify");
    }

    @Test
    void evalExplainsEveryPolicyForOneEnterprise() throws IOException {
        Enterprise e = new SyntheticShanghai(Fixtures.TAXONOMY, Fixtures.PARKS, 3).enterprise(0);
        Cli.Result r = Cli.run("policy", "eval", "--enterprise", e.code().value(), "--date", "2025-09-01", "--explain", "--db", db, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("高新技术企业认定").contains("[art11.4] tech_share >= min_tech_share")
                .contains("min_tech_share = 10% (since 2016-01-01; 国科发火〔2016〕32号 art.11(4))").contains("[synthetic enterprise]");
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.size()).isGreaterThanOrEqualTo(10);
        assertThat(json.get(0).get("explanation").get("children")).isNotEmpty();
        assertThat(json.findValuesAsText("outcome")).allMatch(o -> o.matches("QUALIFIES|DOES_NOT_QUALIFY|UNDECIDED"));
    }

    @Test
    void evalRejectsBadAndUnknownCodesWith65() {
        Cli.Result bad = Cli.run("policy", "eval", "--enterprise", "91350100M000100Y44", "--db", db);
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("check character");
        Cli.Result unknown = Cli.run("policy", "eval", "--enterprise", "91350100M000100Y43", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(65);
        assertThat(unknown.err()).contains("no enterprise with credit code 91350100M000100Y43");
        assertThat(Cli.run("policy", "eval", "--enterprise", "91350100M000100Y43", "--date", "someday", "--db", db).exitCode()).isEqualTo(2);
    }

    @Test
    void simulateReportsEveryPolicyAndAScenariosDifference() throws IOException {
        Cli.Result r = Cli.run("policy", "simulate", "--date", "2025-09-01", "--db", db, "--by", "district", "--json",
                "--scenario", repo("scenarios/tapeout_support_40.scenario").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Assumed inputs (estimates, not facts").contains("sh_ic.tape_out_fee = rd_expense_y3 * 40%");
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("enterprises").asInt()).isEqualTo(3000);
        JsonNode ic = null;
        for (JsonNode p : json.get("policies")) {
            if (p.get("policyId").asText().equals("sh_ic")) {
                ic = p;
            }
        }
        assertThat(ic.get("scenario").get("cost").asLong()).isGreaterThan(ic.get("baseline").get("cost").asLong());
        assertThat(ic.get("costDelta").asLong()).isEqualTo(ic.get("scenario").get("payable").asLong() - ic.get("baseline").get("payable").asLong());
    }

    @Test
    void aScenarioNamingAnUnknownParameterExits65WithTheNearestNames() throws IOException {
        Path s = temp.resolve("bad.scenario");
        Files.writeString(s, "set sh_ic.suport_rate = 40%\n");
        Cli.Result r = Cli.run("policy", "simulate", "--db", db, "--scenario", s.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("bad.scenario:1:5: policy sh_ic has no parameter 'suport_rate'").contains("support_rate");
        assertThat(Cli.run("policy", "simulate", "--db", db, "--by", "planet").exitCode()).isEqualTo(2);
    }
}
