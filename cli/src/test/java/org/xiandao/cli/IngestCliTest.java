package org.xiandao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.web.system.Json;

class IngestCliTest {

    @TempDir
    Path temp;

    @Test
    void ingestsTheSamplesOnceAndRejectsBadFilesWithExit65() throws IOException {
        String db = temp.resolve("d.duckdb").toString();
        Path samples = Path.of("../samples/articles");
        Cli.Result r = Cli.run("ingest", samples.toString(), "--db", db, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode docs = Json.MAPPER.readTree(r.out());
        assertThat(docs.size()).isEqualTo(DemoSamples.index().stream().filter(n -> n.startsWith("articles/")).count());
        assertThat(docs.get(0).get("invented").asBoolean()).isTrue();
        int withEvidence = 0;
        for (JsonNode f : docs.get(0).get("facts")) {
            if (f.has("span")) {
                withEvidence++;
                assertThat(f.get("evidence").asText()).isNotBlank();
                assertThat(f.get("span").get(1).asInt() - f.get("span").get(0).asInt()).isEqualTo(f.get("evidence").asText().length());
            } else {
                assertThat(f.get("attributes").get("from").asText()).as("only header facts lack a span").isEqualTo("header");
            }
        }
        assertThat(withEvidence).isGreaterThan(5);
        Cli.Result again = Cli.run("ingest", samples.toString(), "--db", db);
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("0 ingested").contains("already in the store");

        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        Path big = Files.write(temp.resolve("big.txt"), new byte[10 * 1024 * 1024 + 10]);
        Cli.Result bad = Cli.run("ingest", empty.toString(), big.toString(), "--db", db);
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("empty.txt: the file is empty").contains("big.txt: the file is 10 MB");
    }

    @Test
    void importIndicatorsIsAllOrNothing() throws IOException {
        String db = temp.resolve("i.duckdb").toString();
        Cli.Result ok = Cli.run("import", "indicators", "../samples/indicators/shanghai-rd-gdp.csv", "--db", db, "--json");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(Json.MAPPER.readTree(ok.out()).get("imported").asInt()).isEqualTo(25);
        Path bad = Files.writeString(temp.resolve("bad.csv"), "region,metric,period,kind,value,unit,source\nShanghai,x,2024,guess,1,%,s\n");
        Cli.Result r = Cli.run("import", "indicators", bad.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("row 2, column kind");
    }

    @Test
    void sampleIndexListsEveryShippedSample() throws IOException {
        try (var files = Files.walk(Path.of("../samples"))) {
            var onDisk = files.filter(Files::isRegularFile).map(p -> Path.of("../samples").relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("index.txt") && !n.endsWith(".facts.tsv") && !n.equals("README.md")).sorted().toList();
            assertThat(DemoSamples.index()).containsExactlyElementsOf(onDisk);
        }
    }
}
