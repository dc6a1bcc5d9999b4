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

    @Test
    void generateWritesASyntheticFundFamilyAndReportWritesTextJsonAndExcel() throws IOException {
        String db = temp.resolve("funds.duckdb").toString();
        assertThat(Cli.run("generate", "--enterprises", "4000", "--db", db).exitCode()).isZero();
        Cli.Result list = Cli.run("fund", "list", "--db", db);
        assertThat(list.err()).contains("MF-IC ").contains("MF-BIO-S01").contains("[synthetic]");
        Path index = csv("index.csv", "date,level\n2016-01-01,3000\n2018-01-01,3300\n2020-01-01,3600\n2022-01-01,3500\n2024-01-01,3800\n2026-01-01,4100\n");
        Path xlsx = temp.resolve("report.xlsx");
        Cli.Result r = Cli.run("fund", "report", "--fund", "MF-BIO-S02", "--as-of", "2026-09-30", "--db", db, "--xlsx", xlsx.toString(),
                "--index", index.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("SYNTHETIC demo fund").contains("TVPI").contains("KS-PME").contains("mandate:").contains("capital accounts:");
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("performance").get("paidIn").asDouble()).isPositive();
        assertThat(j.get("capitalAccounts")).hasSize(4);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Summary").getRow(3).getCell(1).getStringCellValue()).contains("SYNTHETIC");
            assertThat(wb.getSheet("Capital accounts").getLastRowNum()).isEqualTo(4);
            assertThat(wb.getSheet("Mandate").getLastRowNum()).isEqualTo(4);
            assertThat(wb.getSheet("History").getLastRowNum()).isGreaterThan(10);
        }
        Cli.Result unknown = Cli.run("fund", "report", "--fund", "NOPE", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(65);
        assertThat(unknown.err()).contains("no fund 'NOPE'").contains("MF-AI");
        Path badIndex = csv("bad-index.csv", "date,level\n2016-01-01,-5\n");
        assertThat(Cli.run("fund", "report", "--fund", "MF-IC", "--db", db, "--index", badIndex.toString()).exitCode()).isEqualTo(65);
    }
}
