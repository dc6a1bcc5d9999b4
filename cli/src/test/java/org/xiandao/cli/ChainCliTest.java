package org.xiandao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.chain.ChainLayers;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.web.system.Json;

class ChainCliTest {

    @TempDir
    Path temp;

    @Test
    void healthAndWeakLinks() throws IOException {
        String db = temp.resolve("c.duckdb").toString();
        assertThat(Cli.run("generate", "--enterprises", "3000", "--db", db).exitCode()).isZero();
        Cli.Result all = Cli.run("chain", "health", "--db", db, "--json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(Json.MAPPER.readTree(all.out()).size()).isEqualTo(ChainLayers.members(Fixtures.TAXONOMY).size());
        assertThat(all.err()).contains("synthetic").contains("weak-link");
        Cli.Result ic = Cli.run("chain", "health", "--industry", "IC", "--db", db, "--json");
        for (JsonNode h : Json.MAPPER.readTree(ic.out())) {
            assertThat(h.get("industry").asText()).isEqualTo("IC");
        }
        Cli.Result weak = Cli.run("chain", "weak-links", "--top", "3", "--db", db, "--json");
        JsonNode w = Json.MAPPER.readTree(weak.out());
        assertThat(w).hasSize(3);
        assertThat(w.get(0).get("weakLink").get("score").asDouble()).isGreaterThanOrEqualTo(w.get(2).get("weakLink").get("score").asDouble());
        assertThat(Cli.run("chain", "health", "--industry", "XX", "--db", db).exitCode()).isEqualTo(2);
        assertThat(Cli.run("chain", "weak-links", "--top", "0", "--db", db).exitCode()).isEqualTo(2);
    }

    @Test
    void importsTheRealEtoDatasetAndRejectsABrokenCopy() throws IOException {
        Path eto = org.xiandao.store.testing.SharedData.folder("eto-supply-chain");
        String db = temp.resolve("e.duckdb").toString();
        Cli.Result r = Cli.run("chain", "import", eto.toString(), "--db", db, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("inputs where one country provides at least 50%").contains("EUV");
        assertThat(Json.MAPPER.readTree(r.out()).size()).isPositive();
        Path broken = java.nio.file.Files.createDirectories(temp.resolve("broken"));
        java.nio.file.Files.copy(eto.resolve("inputs.csv"), broken.resolve("inputs.csv"));
        Cli.Result bad = Cli.run("chain", "import", broken.toString(), "--db", db);
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("stages.csv: is missing").contains("Nothing was changed");
        try (var store = org.xiandao.store.Store.open(org.xiandao.store.StoreLocation.parse(db))) {
            assertThat(store.externalChains().inputs("eto-supply-chain")).isEqualTo(79);
        }
    }

    @Test
    void recommendRanksCandidatesAndRejectsUnknownSegments() throws IOException {
        String db = temp.resolve("r.duckdb").toString();
        assertThat(Cli.run("generate", "--enterprises", "5000", "--db", db).exitCode()).isZero();
        Cli.Result r = Cli.run("chain", "recommend", "--segment", "BIO-2", "--date", "2025-06-30", "--top", "3", "--db", db, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("candidates").size()).isBetween(1, 3);
        assertThat(r.err()).contains("early, small and hard-tech").contains("sub-funds with room");
        Cli.Result bad = Cli.run("chain", "recommend", "--segment", "BIO-22", "--db", db);
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("nearest codes").contains("BIO-2");
    }
}
