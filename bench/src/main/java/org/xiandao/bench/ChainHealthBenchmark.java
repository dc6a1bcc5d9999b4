package org.xiandao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xiandao.core.chain.ChainHealth;
import org.xiandao.core.chain.ChainLayers;
import org.xiandao.core.chain.SegmentHealth;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;

/**
 * Chain health for all three industries over N enterprises (default 1,000,000): Xiandao's one-pass engine
 * over the columnar population, beside the same aggregation (distinct enterprises, revenue, R&amp;D, HHI per
 * supply-graph segment, rolled up through the taxonomy) written as SQL on DuckDB over the same store.
 * Both are checked to agree on every segment's enterprise count.
 *
 * <p>{@code bench/run ChainHealthBenchmark [N]}
 */
public final class ChainHealthBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("xiandao-bench-chain");
        Path file = dir.resolve("c.duckdb");
        Taxonomy taxonomy;
        Population population;
        double loadSeconds;
        try (Store store = Store.open(StoreLocation.duckDb(file))) {
            taxonomy = store.taxonomy();
            store.enterprises().replaceSynthetic(new SyntheticShanghai(taxonomy, store.parks(), 42).enterprises(n).iterator(), x -> { });
            long t = System.nanoTime();
            population = store.enterprises().population(taxonomy);
            loadSeconds = (System.nanoTime() - t) / 1e9;
        }
        List<SegmentHealth>[] result = new List[1];
        Measure.resetPeakHeap();
        double ours = Measure.medianMillis(2, 5, () -> result[0] = ChainHealth.of(taxonomy, population));
        long heap = Measure.peakHeapMib();

        // The same aggregation in SQL: a mapping table from every segment to the chain nodes it rolls up to.
        List<String> pairs = new ArrayList<>();
        for (String node : ChainLayers.members(taxonomy)) {
            for (String s : taxonomy.selfAndDescendants(node)) {
                pairs.add("('" + s + "','" + node + "')");
            }
        }
        String sql = "WITH m(segment, node) AS (VALUES " + String.join(",", pairs) + "),"
                + " d AS (SELECT DISTINCT m.node, s.code FROM enterprise_segment s JOIN m ON m.segment = s.segment)"
                + " SELECT d.node, count(*) AS n, sum(e.revenue) AS revenue, sum(e.rd_expense_y3) AS rd,"
                + " sum(e.revenue::DOUBLE * e.revenue) / nullif(sum(e.revenue::DOUBLE) * sum(e.revenue::DOUBLE), 0) AS hhi"
                + " FROM d JOIN enterprise e ON e.code = d.code GROUP BY d.node";
        Set<String> mismatches = new HashSet<>();
        double duck;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            duck = Measure.medianMillis(2, 5, () -> {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
            });
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String node = rs.getString(1);
                    long count = rs.getLong(2);
                    SegmentHealth h = result[0].stream().filter(x -> x.code().equals(node)).findFirst().orElseThrow();
                    if (h.enterprises() != count || h.revenue() != rs.getLong(3) || Math.abs(h.hhi() - rs.getDouble(5)) > 1e-9) {
                        mismatches.add(node);
                    }
                }
            }
        }
        System.out.printf("chain health, %d segments, %,d enterprises (%,d enterprise-segment memberships): Xiandao %.0f ms (peak heap %,d MiB;"
                        + " loading the population from DuckDB took %.1f s) · the same aggregation as DuckDB SQL %.0f ms · ratio %.2fx · %s%n",
                result[0].size(), n, population.segmentEnd(population.size() - 1), ours, heap, loadSeconds, duck, ours / duck,
                mismatches.isEmpty() ? "results equal" : "MISMATCH in " + mismatches);
    }
}
