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
}
