package org.xiandao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Iterator;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;

/**
 * Generates and stores N synthetic enterprises (default 1,000,000) the way {@code ./xiandao generate}
 * does, and reports time, peak heap and peak resident memory. Beside it, the baseline a user would write
 * without Xiandao's bulk path: the same rows through plain JDBC batched INSERTs into DuckDB, on a
 * smaller sample, reported as rows per second.
 *
 * <p>{@code bench/run GenerateBenchmark [N]}
 */
public final class GenerateBenchmark {

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long baselineRows = Math.min(n, 50_000);
        Path dir = Files.createTempDirectory("xiandao-bench-generate");

        Measure.resetPeakHeap();
        long t = System.nanoTime();
        long written;
        try (Store store = Store.open(StoreLocation.duckDb(dir.resolve("xiandao.duckdb")))) {
            SyntheticShanghai population = new SyntheticShanghai(store.taxonomy(), store.parks(), 42);
            written = store.enterprises().replaceSynthetic(population.enterprises(n).iterator(), x -> { });
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        long heap = Measure.peakHeapMib();
        long rss = Measure.peakResidentMib();
        long fileMib = Files.size(dir.resolve("xiandao.duckdb")) >> 20;

        double baselineSeconds = jdbcBaseline(dir.resolve("baseline.duckdb"), baselineRows);

        double rate = written / seconds;
        double baselineRate = baselineRows / baselineSeconds;
        System.out.printf("generate: %,d enterprises generated and stored in %.1f s (%,.0f rows/s); peak heap %,d MiB;"
                + " peak RSS %,d MiB; DuckDB file %,d MiB%n", written, seconds, rate, heap, rss, fileMib);
        System.out.printf("baseline: plain JDBC batched INSERT into DuckDB, %,d rows in %.1f s (%,.0f rows/s)%n",
                baselineRows, baselineSeconds, baselineRate);
        System.out.printf("ratio: Xiandao's bulk path is %.1fx the baseline's rate%n", rate / baselineRate);
    }

    private static double jdbcBaseline(Path file, long rows) throws Exception {
        // Same schema (via the store's migrations), then INSERTs as a user would write them.
        try (Store ignored = Store.open(StoreLocation.duckDb(file))) {
            // migrations only
        }
        SyntheticShanghai population;
        try (Store s = Store.open(StoreLocation.duckDb(file))) {
            population = new SyntheticShanghai(s.taxonomy(), s.parks(), 42);
        }
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            c.setAutoCommit(false);
            String sql = "INSERT INTO enterprise VALUES (" + "?,".repeat(22) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql);
                 PreparedStatement seg = c.prepareStatement("INSERT INTO enterprise_segment VALUES (?, ?, ?)")) {
                Iterator<Enterprise> it = population.enterprises(rows).iterator();
                int batch = 0;
                while (it.hasNext()) {
                    Enterprise e = it.next();
                    var f = e.financials();
                    Object[] v = {e.code().value(), e.nameZh(), e.nameEn(), e.founded(), e.district().name(), e.parkCode(),
                        e.headcount().staff(), e.headcount().technical(), e.headcount().research(), f.revenue(), f.totalAssets(),
                        f.rdExpense(0), f.rdExpense(1), f.rdExpense(2), f.highTechRevenue(), e.ip().classOne(), e.ip().classTwo(),
                        e.stage().name(), f.equityRaised(), e.description(), e.origin().kind().name(), e.origin().source(), 0};
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.addBatch();
                    for (int i = 0; i < e.segments().size(); i++) {
                        seg.setString(1, e.code().value());
                        seg.setString(2, e.segments().get(i));
                        seg.setInt(3, i);
                        seg.addBatch();
                    }
                    if (++batch % 1000 == 0) {
                        ps.executeBatch();
                        seg.executeBatch();
                    }
                }
                ps.executeBatch();
                seg.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - t) / 1e9;
    }
}
