package org.xiandao.store.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.synthetic.SyntheticFundFamily;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.TestStore;

class FundLedgerImporterTest {

    @TempDir
    Path temp;
    private TestStore t;
    private FundLedgerImporter importer;

    @BeforeEach
    void family() {
        t = TestStores.duckDb(temp);
        FundFamily f = new SyntheticFundFamily(Fixtures.TAXONOMY, 3).generate(Fixtures.synthetic(500), 1, 3, LocalDate.of(2017, 1, 1));
        t.store().funds().replaceSynthetic(f);
        importer = new FundLedgerImporter(t.store().funds());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Path csv(String name, String body) throws IOException {
        Path p = temp.resolve(name);
        Files.writeString(p, body);
        return p;
    }

    private int flows(String fund) {
        return (int) t.store().funds().load().flows().stream().filter(f -> f.fundId().equals(fund)).count();
    }

    @Test
    void importsFlowsAndReimportingChangesNothing() throws IOException {
        int before = flows("MF-IC");
        Path f = csv("flows.csv", "fund_id,date,kind,amount,currency\nMF-IC,2017-03-31,CALL,1000000.00,CNY\nMF-IC,2017-06-30,DISTRIBUTION,250000,CNY\n");
        assertThat(importer.importFile(FundLedgerImporter.Kind.FLOWS, f)).isEqualTo(new FundLedgerImporter.Result(2, 0));
        assertThat(importer.importFile(FundLedgerImporter.Kind.FLOWS, f)).isEqualTo(new FundLedgerImporter.Result(0, 2));
        assertThat(flows("MF-IC")).isEqualTo(before + 2);
    }

    @Test
    void everyKindOfBadRowIsReportedAndNothingIsImported() throws IOException {
        int before = flows("MF-AI-S01");
        Path f = csv("bad.csv", "fund_id,date,kind,amount,currency\n"
                + "NOPE,2017-03-31,CALL,100,CNY\n"
                + "MF-AI-S01,2017-02-30,CALL,100,CNY\n"
                + "MF-AI-S01,2017-03-31,CALL,100,USD\n"
                + "MF-AI-S01,2017-03-31,REFUND,100,CNY\n"
                + "MF-AI-S01,2017-04-30,CALL,-5,CNY\n"
                + "MF-AI-S01,2017-05-31,CALL,10.001,CNY\n"
                + "MF-AI-S01,2017-06-30,CALL,700,CNY\n"
                + "MF-AI-S01,2017-06-30,CALL,700,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.FLOWS, f))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::row).contains(2, 3, 4, 5, 6, 7, 9);
                    assertThat(e.problems().toString()).contains("no fund 'NOPE'").contains("not a date").contains("USD")
                            .contains("REFUND").contains("negative").contains("fractions of a fen").contains("duplicates row 8");
                });
        assertThat(flows("MF-AI-S01")).isEqualTo(before);
    }

    @Test
    void aDistributionBeforeAnyCallIsRejected() throws IOException {
        FundFamily f = t.store().funds().load();
        String fund = f.funds().stream().filter(x -> f.flows().stream().noneMatch(fl -> fl.fundId().equals(x.id()))).map(x -> x.id())
                .findFirst().orElse(null);
        assertThat(fund).as("a fund of the small family with no flows yet").isNotNull();
        Path p = csv("early.csv", "fund_id,date,kind,amount,currency\n" + fund + ",2018-01-01,DISTRIBUTION,50,CNY\n" + fund + ",2018-06-01,CALL,100,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.FLOWS, p)).hasMessageContaining("comes before any call");
    }

    @Test
    void valuationsMustNotBeNegativeAndInvestmentsNeedValidCodes() throws IOException {
        Path nav = csv("nav.csv", "fund_id,date,nav,currency\nMF-IC,2017-03-31,-1,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.VALUATIONS, nav)).hasMessageContaining("a NAV cannot be negative");
        Path inv = csv("inv.csv", "fund_id,enterprise_code,round,date,amount,ownership,currency\nMF-IC,91350100M000100Y44,A,2017-03-31,100,0.1,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.INVESTMENTS, inv)).hasMessageContaining("not a valid credit code");
        Path ok = csv("inv-ok.csv", "fund_id,enterprise_code,round,date,amount,ownership,currency\nMF-IC,91350100M000100Y43,A,2017-03-31,100,0.1,CNY\n");
        assertThat(importer.importFile(FundLedgerImporter.Kind.INVESTMENTS, ok).added()).isEqualTo(1);
        Path header = csv("hdr.csv", "fund,date\nMF-IC,2017-01-01\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.VALUATIONS, header)).hasMessageContaining("missing from the header");
    }

    @Test
    void allocationsSplitAnExistingEntryAndMustAddUp() throws IOException {
        Path flows = csv("f.csv", "fund_id,date,kind,amount,currency\nMF-IC,2017-03-31,CALL,1000.00,CNY\n");
        importer.importFile(FundLedgerImporter.Kind.FLOWS, flows);
        Path wrong = csv("a1.csv", "fund_id,date,kind,lp_id,amount,currency\nMF-IC,2017-03-31,CALL,LP-GOV,600,CNY\nMF-IC,2017-03-31,CALL,LP-SOE,300,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.ALLOCATIONS, wrong)).hasMessageContaining("add up to 900.00 but the entry is 1000.00");
        Path stranger = csv("a2.csv", "fund_id,date,kind,lp_id,amount,currency\nMF-IC,2017-03-31,CALL,LP-NOBODY,1000,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.ALLOCATIONS, stranger)).hasMessageContaining("has no commitment");
        Path missing = csv("a3.csv", "fund_id,date,kind,lp_id,amount,currency\nMF-IC,2017-04-01,CALL,LP-GOV,10,CNY\n");
        assertThatThrownBy(() -> importer.importFile(FundLedgerImporter.Kind.ALLOCATIONS, missing)).hasMessageContaining("no CALL on 2017-04-01 to split");
        Path ok = csv("a4.csv", "fund_id,date,kind,lp_id,amount,currency\nMF-IC,2017-03-31,CALL,LP-GOV,700,CNY\nMF-IC,2017-03-31,CALL,LP-SOE,300,CNY\n");
        assertThat(importer.importFile(FundLedgerImporter.Kind.ALLOCATIONS, ok).added()).isEqualTo(2);
        assertThat(t.store().funds().load().allocations()).hasSize(2);
    }
}
