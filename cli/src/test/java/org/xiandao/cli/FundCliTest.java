package org.xiandao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.web.system.Json;

class FundCliTest {

    @TempDir
    Path temp;

    private Path csv(String name, String body) throws IOException {
        Path p = temp.resolve(name);
        Files.writeString(p, body);
        return p;
    }

    @Test
    void xirrOfTheExcelHelpExampleInAnyOrder() throws IOException {
        Path f = csv("flows.csv", "date,amount\n2009-04-01,2750\n2008-01-01,-10000\n2008-03-01,2750\n2008-10-30,4250\n2009-02-15,3250\n");
        Cli.Result r = Cli.run("fund", "xirr", f.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("XIRR 37.336253%");
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("CONVERGED");
        assertThat(j.get("rate").asDouble()).isCloseTo(0.3733625335188315, within(1e-9));
        assertThat(j.get("roots")).hasSize(1);
    }

    @Test
    void flowsOfOneSignHaveNoIrrAndSaySo() throws IOException {
        Cli.Result r = Cli.run("fund", "xirr", csv("calls.csv", "date,amount\n2020-01-01,-10\n2021-01-01,-20\n").toString(), "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("no IRR: the flows never change sign");
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("NO_SIGN_CHANGE");
        assertThat(j.get("rate").isNull()).isTrue();
    }

    @Test
    void severalRootsAreAllListed() throws IOException {
        Cli.Result r = Cli.run("fund", "xirr", csv("two.csv", "date,amount\n2021-06-08,-1000000\n2022-06-29,5000\n2023-06-08,-3\n2023-06-30,0\n").toString(), "--json");
        assertThat(Json.MAPPER.readTree(r.out()).get("roots")).hasSize(2);
        assertThat(r.err()).contains("all roots");
    }

    @Test
    void badRowsExit65NamingRowAndColumn() throws IOException {
        Cli.Result r = Cli.run("fund", "xirr", csv("bad.csv", "date,amount\n2020-01-01,-100\n2020-13-01,50\n2021-01-01,lots\n").toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("bad.csv: row 3, column date").contains("bad.csv: row 4, column amount");
        assertThat(Cli.run("fund", "xirr", csv("hdr.csv", "when,amount\n2020-01-01,-100\n").toString()).exitCode()).isEqualTo(65);
        assertThat(Cli.run("fund", "xirr", temp.resolve("none.csv").toString()).exitCode()).isEqualTo(65);
    }
}
