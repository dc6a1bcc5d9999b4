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
 * <p>Then the same with N×5 enterprise-level edges (default 5,000,000: 98% supply, 2% fund investment;
 * synthetic, generated here, three in five following the supply graph): {@link SupplyLinks} beside the
 * equivalent SQL over edge tables in the same DuckDB file, checked to agree on every segment.
 *
 * <p>{@code bench/run ChainHealthBenchmark [N] [EDGES]}
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
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 5 * n;
        edgeBenchmark(file, taxonomy, population, edges);
    }

    private static void edgeBenchmark(Path file, Taxonomy taxonomy, Population population, int edges) throws Exception {
        int investmentsCount = edges / 50;
        int supplyCount = edges - investmentsCount;
        List<String> nodes = new ArrayList<>(ChainLayers.members(taxonomy));
        // Enterprises of each supply-graph segment, to draw edges that follow the chain.
        List<List<Integer>> byNode = new ArrayList<>();
        java.util.Map<String, List<Integer>> nodesOfCode = new java.util.HashMap<>();
        for (int b = 0; b < nodes.size(); b++) {
            byNode.add(new ArrayList<>());
            for (String c : taxonomy.selfAndDescendants(nodes.get(b))) {
                nodesOfCode.computeIfAbsent(c, k -> new ArrayList<>()).add(b);
            }
        }
        for (int i = 0; i < population.size(); i++) {
            Set<Integer> mine = new HashSet<>();
            for (int k = population.segmentStart(i); k < population.segmentEnd(i); k++) {
                int id = population.segmentId(k);
                if (id >= 0) {
                    mine.addAll(nodesOfCode.getOrDefault(population.segmentCodes().get(id), List.of()));
                }
            }
            for (int b : mine) {
                byNode.get(b).add(i);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (org.xiandao.core.chain.ChainEdge e : taxonomy.edges(org.xiandao.core.chain.EdgeKind.GOES_INTO)) {
            int from = nodes.indexOf(e.from());
            int to = nodes.indexOf(e.to());
            if (!byNode.get(from).isEmpty() && !byNode.get(to).isEmpty()) {
                pairs.add(new int[] {from, to});
            }
        }
        java.util.Random random = new java.util.Random(5);
        int n = population.size();
        int[] sup = new int[supplyCount];
        int[] cus = new int[supplyCount];
        for (int k = 0; k < supplyCount; k++) {
            if (random.nextInt(5) < 3) {
                int[] pair = pairs.get(random.nextInt(pairs.size()));
                List<Integer> from = byNode.get(pair[0]);
                List<Integer> to = byNode.get(pair[1]);
                sup[k] = from.get(random.nextInt(from.size()));
                cus[k] = to.get(random.nextInt(to.size()));
            } else {
                sup[k] = random.nextInt(n);
                cus[k] = random.nextInt(n);
            }
        }
        int[] inv = new int[investmentsCount];
        long[] amount = new long[investmentsCount];
        for (int k = 0; k < investmentsCount; k++) {
            inv[k] = random.nextInt(n);
            amount[k] = 1_000_000L + random.nextInt(200_000_000);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_supply(supplier VARCHAR, customer VARCHAR)");
            st.execute("CREATE TABLE bench_investment(enterprise VARCHAR, amount BIGINT)");
            var duck = c.unwrap(org.duckdb.DuckDBConnection.class);
            try (var a = duck.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "bench_supply")) {
                for (int k = 0; k < supplyCount; k++) {
                    a.beginRow().append(population.code(sup[k])).append(population.code(cus[k])).endRow();
                }
            }
            try (var a = duck.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "bench_investment")) {
                for (int k = 0; k < investmentsCount; k++) {
                    a.beginRow().append(population.code(inv[k])).append(amount[k]).endRow();
                }
            }
            List<org.xiandao.core.chain.SupplyLinks.SegmentLinks>[] ours = new List[1];
            Measure.resetPeakHeap();
            double oursMs = Measure.medianMillis(1, 3, () -> {
                ChainHealth.of(taxonomy, population);
                ours[0] = org.xiandao.core.chain.SupplyLinks.of(taxonomy, population,
                        new org.xiandao.core.chain.SupplyLinks.SupplyEdges(sup, cus),
                        new org.xiandao.core.chain.SupplyLinks.InvestmentEdges(inv, amount));
            });
            long heap = Measure.peakHeapMib();
            List<String> memberPairs = new ArrayList<>();
            for (String node : nodes) {
                for (String code : taxonomy.selfAndDescendants(node)) {
                    memberPairs.add("('" + code + "','" + node + "')");
                }
            }
            List<String> supplierPairs = new ArrayList<>();
            for (String node : nodes) {
                Set<String> into = new HashSet<>(taxonomy.ancestors(node));
                into.add(node);
                taxonomy.edges(org.xiandao.core.chain.EdgeKind.GOES_INTO).stream().filter(e -> into.contains(e.to()))
                        .map(e -> "('" + node + "','" + e.from() + "')").distinct().forEach(supplierPairs::add);
            }
            String prefix = "WITH m(segment, node) AS (VALUES " + String.join(",", memberPairs) + "),"
                    + " sp(node, supnode) AS (VALUES " + String.join(",", supplierPairs) + "),"
                    + " d AS (SELECT DISTINCT m.node, s.code FROM enterprise_segment s JOIN m ON m.segment = s.segment)";
            String covered = prefix + ", cov AS (SELECT DISTINCT dc.node, dc.code FROM bench_supply e JOIN d dc ON dc.code = e.customer"
                    + " JOIN sp ON sp.node = dc.node JOIN d ds ON ds.code = e.supplier AND ds.node = sp.supnode)"
                    + " SELECT node, count(*) FROM cov GROUP BY node";
            String backed = prefix + " SELECT d.node, count(DISTINCT d.code), sum(i.amount) FROM bench_investment i JOIN d ON d.code = i.enterprise GROUP BY d.node";
            String health = prefix + " SELECT d.node, count(*), sum(e.revenue) FROM d JOIN enterprise e ON e.code = d.code GROUP BY d.node";
            java.util.Map<String, long[]> sql = new java.util.HashMap<>();
            double duckMs = Measure.medianMillis(1, 3, () -> {
                sql.clear();
                for (String q : List.of(health, covered, backed)) {
                    int which = q == health ? 0 : q == covered ? 1 : 2;
                    try (ResultSet rs = st.executeQuery(q)) {
                        while (rs.next()) {
                            long[] v = sql.computeIfAbsent(rs.getString(1), k -> new long[4]);
                            if (which == 1) {
                                v[1] = rs.getLong(2);
                            } else if (which == 2) {
                                v[2] = rs.getLong(2);
                                v[3] = rs.getLong(3);
                            } else {
                                v[0] = rs.getLong(2);
                            }
                        }
                    }
                }
            });
            Set<String> mismatches = new HashSet<>();
            for (org.xiandao.core.chain.SupplyLinks.SegmentLinks l : ours[0]) {
                long[] v = sql.getOrDefault(l.code(), new long[4]);
                if (v[0] != l.enterprises() || v[1] != l.locallySupplied() || v[2] != l.fundBacked() || v[3] != l.fundAmount()) {
                    mismatches.add(l.code());
                }
            }
            System.out.printf("chain health + supply links, %,d enterprises, %,d supply + %,d investment edges (synthetic): Xiandao %.0f ms"
                            + " (peak heap %,d MiB) · the same as DuckDB SQL %.0f ms · ratio %.2fx · %s%n",
                    n, supplyCount, investmentsCount, oursMs, heap, duckMs, oursMs / duckMs,
                    mismatches.isEmpty() ? "results equal" : "MISMATCH in " + mismatches);
        }
    }
}
