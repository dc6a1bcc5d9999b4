package org.xiandao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.synthetic.SyntheticFundFamily;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;
import org.xiandao.web.fund.FundReports;

/**
 * The full fund-family report as of a date: 3 mother funds, 60 sub-funds, 3,000 investments, ten years of
 * quarterly flows; every fund's performance, capital accounts, mandate check (with the policy engine's
 * early/small/hard-tech test per investment) and look-through. Goal: under 200 ms. Reported twice: the
 * computation alone, and with loading the family from DuckDB first.
 *
 * <p>{@code bench/run FundReportBenchmark}
 */
public final class FundReportBenchmark {

    public static void main(String[] args) throws Exception {
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        Path dir = Files.createTempDirectory("xiandao-bench-fund");
        try (Store store = Store.open(StoreLocation.duckDb(dir.resolve("f.duckdb")))) {
            Taxonomy taxonomy = store.taxonomy();
            SyntheticShanghai population = new SyntheticShanghai(taxonomy, store.parks(), 42);
            store.enterprises().replaceSynthetic(population.enterprises(50_000).iterator(), x -> { });
            FundFamily generated = new SyntheticFundFamily(taxonomy, 42).generate(population.enterprises(50_000).toList(), 20, 50, asOf);
            store.funds().replaceSynthetic(generated);
            System.out.printf("family: %d funds, %,d investments, %,d ledger entries, %,d valuations%n", generated.funds().size(),
                    generated.investments().size(), generated.flows().size(), generated.valuations().size());

            FundReports[] reports = new FundReports[1];
            Measure.Work load = () -> {
                FundFamily family = store.funds().load();
                var codes = family.investments().stream().map(Investment::enterpriseCode).filter(java.util.Objects::nonNull).toList();
                var enterprises = store.enterprises().findAll(codes);
                reports[0] = new FundReports(family, taxonomy, enterprises::get);
            };
            load.run();
            FundFamily loaded = reports[0].family();
            var enterprises = store.enterprises().findAll(loaded.investments().stream().map(Investment::enterpriseCode)
                    .filter(java.util.Objects::nonNull).toList());
            // A fresh report builder each time, so nothing remembered from one run helps the next.
            Measure.Work compute = () -> {
                FundReports fresh = new FundReports(loaded, taxonomy, enterprises::get);
                for (Fund f : loaded.funds()) {
                    fresh.report(f.id(), asOf, null);
                }
            };
            double loadMs = Measure.medianMillis(3, 10, load);
            double computeMs = Measure.medianMillis(3, 10, compute);
            System.out.printf("full family report as of %s: compute %.0f ms (goal < 200 ms); loading the family from DuckDB first adds %.0f ms%n",
                    asOf, computeMs, loadMs);
        }
    }
}
