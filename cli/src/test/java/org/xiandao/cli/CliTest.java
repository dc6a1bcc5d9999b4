package org.xiandao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.store.testing.TestStores;
import org.xiandao.web.system.Json;

class CliTest {

    @TempDir
    Path temp;

    private String db() {
        return temp.resolve("cli.duckdb").toString();
    }

    private long count(String db) {
        try (Store s = Store.open(StoreLocation.parse(db))) {
            return s.enterprises().count();
        }
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(Cli.run("--help").exitCode()).isZero();
        Cli.Result help = Cli.run("import", "enterprises", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--skip-invalid").contains("--rejects");
        assertThat(Cli.run("--version").exitCode()).isZero();
    }

    @Test
    void usageErrorsExitTwoWithTheUsage() {
        Cli.Result unknownCommand = Cli.run("fly");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("Unmatched argument").contains("Usage:");
        assertThat(Cli.run("generate", "--enterprises", "10", "--bogus").exitCode()).isEqualTo(2);
        assertThat(Cli.run("generate").err()).contains("--enterprises");
        assertThat(Cli.run("generate", "--enterprises", "0", "--db", db()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("generate", "--enterprises", "ten").exitCode()).isEqualTo(2);
        assertThat(Cli.run("import").exitCode()).isEqualTo(2);
        assertThat(Cli.run("import", "enterprises", "x.csv", "--rejects", "r.csv", "--db", db()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("generate", "--enterprises", "5", "--db", "jdbc:mysql://x/y").exitCode()).isEqualTo(2);
        assertThat(Cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void generateIsDeterministicAndPrintsJson() throws IOException {
        Cli.Result r = Cli.run("generate", "--enterprises", "1500", "--seed", "9", "--db", db(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("enterprises").asLong()).isEqualTo(1500);
        assertThat(json.get("synthetic").asBoolean()).isTrue();
        assertThat(r.err()).contains("100%").contains("synthetic");
        Enterprise sample;
        try (Store s = Store.open(StoreLocation.parse(db()))) {
            sample = s.enterprises().search(org.xiandao.store.enterprise.EnterpriseQuery.all(), s.taxonomy()).items().get(0);
        }
        String other = temp.resolve("other.duckdb").toString();
        assertThat(Cli.run("generate", "--enterprises", "1500", "--seed", "9", "--db", other).exitCode()).isZero();
        try (Store s = Store.open(StoreLocation.parse(other))) {
            assertThat(s.enterprises().find(sample.code().value())).contains(sample);
        }
    }

    @Test
    void importExitsSixtyFiveOnBadDataAndChangesNothing() throws IOException {
        Path good = temp.resolve("good.csv");
        Files.writeString(good, Fixtures.IMPORT_HEADER + "\n" + row(Fixtures.designFirm(1)) + "\n");
        Cli.Result ok = Cli.run("import", "enterprises", good.toString(), "--db", db(), "--json");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(Json.MAPPER.readTree(ok.out()).get("imported").asInt()).isEqualTo(1);

        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, Fixtures.IMPORT_HEADER + "\n" + row(Fixtures.designFirm(2)) + "\n"
                + row(Fixtures.designFirm(3)).replace("IC-2.1", "IC-77") + "\n");
        Cli.Result rejected = Cli.run("import", "enterprises", bad.toString(), "--db", db());
        assertThat(rejected.exitCode()).isEqualTo(65);
        assertThat(rejected.err()).contains("bad.csv: row 3, column segments").contains("Nothing was changed");
        assertThat(count(db())).isEqualTo(1);

        Path rejects = temp.resolve("rejects.csv");
        Cli.Result skipped = Cli.run("import", "enterprises", bad.toString(), "--db", db(), "--skip-invalid", "--rejects", rejects.toString());
        assertThat(skipped.exitCode()).isZero();
        assertThat(Files.readString(rejects)).contains("IC-77");
        assertThat(count(db())).isEqualTo(2);

        Path empty = temp.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThat(Cli.run("import", "enterprises", empty.toString(), "--db", db()).exitCode()).isEqualTo(65);
        assertThat(Cli.run("import", "enterprises", temp.resolve("missing.csv").toString(), "--db", db()).exitCode()).isEqualTo(65);
    }

    @Test
    void theRealLargeModelListIsHeldForIdentificationNotGuessedIntoThePool() {
        Path readme = org.xiandao.store.testing.SharedData.folder("awesome-llms-in-china").resolve("README.md");
        Cli.Result r = Cli.run("import", "llm-list", readme.toString(), "--db", db());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("for identification");
        try (Store s = Store.open(StoreLocation.parse(db()))) {
            assertThat(s.unidentified().all()).extracting(u -> u.name()).contains("商汤科技", "稀宇科技", "上海人工智能实验室");
            assertThat(s.enterprises().count()).isZero();
        }
        Cli.Result notATable = Cli.run("import", "llm-list", Path.of("pom.xml").toAbsolutePath().toString(), "--db", db());
        assertThat(notATable.exitCode()).isEqualTo(65);
    }

    @Test
    void unusableStoresGiveOneSentenceAndExitOne() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("a-folder.duckdb"));
        Cli.Result dir = Cli.run("generate", "--enterprises", "5", "--db", folder.toString());
        assertThat(dir.exitCode()).isEqualTo(1);
        assertThat(dir.err()).startsWith("Cannot open the store").doesNotContain("Exception").doesNotContain("\tat ");

        Path corrupt = temp.resolve("corrupt.duckdb");
        Files.write(corrupt, "this is not a database, just some bytes that happen to be here".repeat(200).getBytes(StandardCharsets.UTF_8));
        Cli.Result bad = Cli.run("generate", "--enterprises", "5", "--db", corrupt.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip().lines().count()).isEqualTo(1);
        assertThat(bad.err()).contains("Cannot open the store").doesNotContain("\tat ");

        Cli.Result pg = Cli.run("generate", "--enterprises", "5", "--db", "jdbc:postgresql://127.0.0.1:1/nothing?user=x");
        assertThat(pg.exitCode()).isEqualTo(1);
        assertThat(pg.err()).startsWith("Cannot reach PostgreSQL").doesNotContain("\tat ");

        Cli.Result verbose = Cli.run("generate", "--enterprises", "5", "--db", corrupt.toString(), "--verbose");
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void aStoreLockedByAnotherProcessIsNamedAsSuch() throws Exception {
        assertThat(Cli.run("generate", "--enterprises", "50", "--db", db()).exitCode()).isZero();
        Process holder = startCli("serve", "--db", db(), "--port", "0");
        try {
            awaitServing(holder);
            Cli.Result locked = Cli.run("generate", "--enterprises", "5", "--db", db());
            assertThat(locked.exitCode()).isEqualTo(1);
            assertThat(locked.err()).contains("in use by another Xiandao process").doesNotContain("\tat ");
        } finally {
            holder.destroy();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void demoBuildsAFreshStoreAndServesIt() throws Exception {
        Path demoDb = temp.resolve("demo.duckdb");
        Files.writeString(demoDb, "an old file that demo must replace");
        Process demo = startCli("demo", "--db", demoDb.toString(), "--enterprises", "700", "--port", "0");
        try {
            int port = awaitServing(demo);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Json.MAPPER.readTree(health.body()).get("enterprises").asLong()).isEqualTo(700);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Synthetic data");
        } finally {
            demo.destroy();
            demo.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void postgresStoreWorksThroughTheCli() {
        StoreLocation pg = TestStores.freshPostgresDatabase();
        Cli.Result r = Cli.run("generate", "--enterprises", "300", "--db", pg.jdbcUrl());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Store s = Store.open(pg)) {
            assertThat(s.enterprises().count()).isEqualTo(300);
        }
    }

    private Process startCli(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until it says where it serves; returns the port. */
    private static int awaitServing(Process p) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> reader.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server never said where it serves:\n" + seen);
    }

    private static String row(Enterprise e) {
        return Fixtures.importRow(e);
    }
}
