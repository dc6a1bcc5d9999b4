package org.xiandao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.park.Parks;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.ShippedPolicies;
import org.xiandao.core.policy.bulk.CompiledPolicy;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;

/**
 * The policy engine at scale, side by side with what a user would pick instead, in one run:
 * <ol>
 *   <li>every shipped policy over N enterprises (default 1,000,000) on the bulk path, with its kernels
 *       generated first ({@link CompiledPolicy#prepare}): evaluations per second and peak heap;</li>
 *   <li>the three largest rulebooks (high-tech enterprise, tech SME points table, SME size) in Xiandao,
 *       in Drools (DRL, stateless sessions) and as one hand-written SQL query per policy on DuckDB, over
 *       the same population, with the qualifying counts of all three checked equal; every engine is
 *       warmed up and then timed several times, and the best and the median run are both reported, on
 *       one thread and on all cores;</li>
 *   <li>one enterprise's full explanation for every policy: the median time.</li>
 * </ol>
 * {@code bench/run PolicyBenchmark [N]}
 */
public final class PolicyBenchmark {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Taxonomy taxonomy = TaxonomyReader.shipped();
        SyntheticShanghai generator = new SyntheticShanghai(taxonomy, Parks.shipped(taxonomy), 42);
        Population population = Population.of(generator.enterprises(n).iterator(), taxonomy);
        List<Policy> policies = ShippedPolicies.load(taxonomy);
        System.out.printf("policy benchmark over %,d synthetic enterprises, %d shipped policies, date %s%n", n, policies.size(), DATE);

        // 1. Every policy, bulk path. Kernels are generated first, as a server does when it loads a population.
        long tk = System.nanoTime();
        int kernels = 0;
        for (Policy p : policies) {
            kernels += CompiledPolicy.prepare(p, population, taxonomy, DATE) ? 1 : 0;
        }
        System.out.printf("generated kernels for %d of %d policies in %.2f s (Janino, first use in this JVM)%n", kernels, policies.size(),
                (System.nanoTime() - tk) / 1e9);
        for (int warm = 0; warm < 2; warm++) {
            for (Policy p : policies) {
                CompiledPolicy.compile(p, population, taxonomy, DATE).run();
            }
        }
        System.gc();
        Measure.resetPeakHeap();
        long t = System.nanoTime();
        Map<String, Long> qualifying = new LinkedHashMap<>();
        StringBuilder perPolicy = new StringBuilder();
        for (Policy p : policies) {
            long tp = System.nanoTime();
            qualifying.put(p.id(), CompiledPolicy.compile(p, population, taxonomy, DATE).run().count(Outcome.QUALIFIES));
            perPolicy.append(String.format("  %-24s %7.1f ms, %,9d qualify%n", p.id(), (System.nanoTime() - tp) / 1e6, qualifying.get(p.id())));
        }
        double all = (System.nanoTime() - t) / 1e9;
        System.out.print(perPolicy);
        System.out.printf("all policies, bulk path: %,d evaluations in %.2f s = %,.0f enterprise-policy evaluations/s; peak heap %,d MiB (population included)%n",
                (long) n * policies.size(), all, n * policies.size() / all, Measure.peakHeapMib());

        // 2. Three rulebooks, three engines.
        List<String> three = List.of("hnte", "tech_sme", "sme_size");
        List<Policy> chosen = policies.stream().filter(p -> three.contains(p.id())).toList();
        Measure.Times xiandao = Measure.times(3, 9, () -> {
            for (Policy p : chosen) {
                CompiledPolicy.compile(p, population, taxonomy, DATE).run();
            }
        });

        long[] droolsCounts = new long[3];
        Measure.Times drools = droolsTimes(generator, n, taxonomy, droolsCounts, 1);
        long[] droolsParallelCounts = new long[3];
        int cores = Runtime.getRuntime().availableProcessors();
        Measure.Times droolsParallel = droolsTimes(generator, n, taxonomy, droolsParallelCounts, cores);

        Path dir = Files.createTempDirectory("xiandao-bench-policy");
        Path file = dir.resolve("p.duckdb");
        try (Store store = Store.open(StoreLocation.duckDb(file))) {
            store.enterprises().replaceSynthetic(generator.enterprises(n).iterator(), x -> { });
        }
        long[] sqlCounts = new long[3];
        Measure.Times sql = sqlTimes(file, taxonomy, sqlCounts);

        long[] ours = {qualifying.get("hnte"), qualifying.get("tech_sme"), qualifying.get("sme_size")};
        System.out.printf("qualifying (hnte, tech_sme, sme_size): Xiandao %s, Drools %s, SQL %s%s%n", Arrays.toString(ours),
                Arrays.toString(droolsCounts), Arrays.toString(sqlCounts),
                Arrays.equals(ours, droolsCounts) && Arrays.equals(ours, sqlCounts) ? " — equal" : " — DIFFERENT");
        Measure.Times parallel = Measure.times(3, 9, () -> {
            for (Policy p : chosen) {
                CompiledPolicy.runParallel(p, population, taxonomy, DATE, Map.of(), Map.of(), Runtime.getRuntime().availableProcessors());
            }
        });
        double evals = 3.0 * n;
        // Both engines are timed the same way: best run and median run, after warming up.
        System.out.printf("three rulebooks × %,d, best (median): Xiandao %.3f s (%.3f s) = %,.0f/s · Drools %.2f s (%.2f s) = %,.0f/s"
                        + " · DuckDB SQL %.2f s (%.2f s) = %,.0f/s%n",
                n, xiandao.bestSeconds(), xiandao.medianSeconds(), evals / xiandao.bestSeconds(), drools.bestSeconds(), drools.medianSeconds(),
                evals / drools.bestSeconds(), sql.bestSeconds(), sql.medianSeconds(), evals / sql.bestSeconds());
        System.out.printf("ratios, one thread: Xiandao is %.1fx Drools' throughput best against best, %.1fx median against median (goal ≥ 20x);"
                        + " it takes %.2fx the SQL's time (goal ≤ 2x)%n",
                drools.bestSeconds() / xiandao.bestSeconds(), drools.medianSeconds() / xiandao.medianSeconds(),
                xiandao.medianSeconds() / sql.medianSeconds());
        System.out.printf("on all %d cores (as DuckDB uses them): Xiandao %.3f s (%.3f s), %.2fx the SQL's time%n",
                cores, parallel.bestSeconds(), parallel.medianSeconds(), parallel.medianSeconds() / sql.medianSeconds());
        System.out.printf("like for like on %d cores: Drools with one stateless session stream per core %.2f s (%.2f s, counts %s):"
                        + " Xiandao is %.1fx best against best, %.1fx median against median%n",
                cores, droolsParallel.bestSeconds(), droolsParallel.medianSeconds(),
                Arrays.equals(droolsParallelCounts, droolsCounts) ? "equal" : "DIFFERENT",
                droolsParallel.bestSeconds() / parallel.bestSeconds(), droolsParallel.medianSeconds() / parallel.medianSeconds());

        // 3. One enterprise, every policy, explained.
        PolicyInterpreter interpreter = new PolicyInterpreter(taxonomy);
        List<Facts> sample = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            sample.add(Facts.of(generator.enterprise(i * 997L % n)));
        }
        int[] next = {0};
        double explainMs = Measure.medianMillis(500, 1000, () -> {
            Facts f = sample.get(next[0]++ % sample.size());
            for (Policy p : policies) {
                interpreter.evaluate(p, f, DATE);
            }
        });
        System.out.printf("one enterprise, all %d policies with full explanations: median %.3f ms (goal < 5 ms)%n", policies.size(), explainMs);
    }

    private static final Set<String> INDUSTRIAL_ROOTS = Set.of("IC-3", "IC-4", "IC-5", "IC-6", "BIO-1", "BIO-2", "BIO-3", "BIO-4",
            "BIO-5", "BIO-7", "AI-7", "AI-1");
    private static final Set<String> SOFTWARE_ROOTS = Set.of("IC-1", "IC-2", "AI-2", "AI-3", "AI-4", "AI-5", "AI-6");

    private static int industry(Enterprise e, Set<String> industrial, Set<String> software) {
        if (e.segments().stream().anyMatch(industrial::contains)) {
            return 0;
        }
        return e.segments().stream().anyMatch(software::contains) ? 1 : 2;
    }

    private static Set<String> under(Taxonomy taxonomy, Set<String> roots) {
        Set<String> out = new java.util.HashSet<>();
        roots.forEach(r -> out.addAll(taxonomy.selfAndDescendants(r)));
        return out;
    }

    /** Drools over the same firms in batches of 10,000, on {@code threads} threads sharing one KieBase; five runs after three to warm up. */
    private static Measure.Times droolsTimes(SyntheticShanghai generator, int n, Taxonomy taxonomy, long[] counts, int threads) throws IOException {
        String drl;
        try (InputStream in = PolicyBenchmark.class.getResourceAsStream("policies.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var base = new KieHelper().addContent(drl, ResourceType.DRL).build();
        Set<String> industrial = under(taxonomy, INDUSTRIAL_ROOTS);
        Set<String> software = under(taxonomy, SOFTWARE_ROOTS);
        // Facts are built before the clock starts, as Xiandao's population is: both engines start from
        // data already in memory.
        List<Enterprise> enterprises = generator.enterprises(n).toList();
        // Drools compiles constraints to bytecode in the background after they have run a while (MVEL
        // JIT), so it is warmed up with three full runs before five are measured.
        int warmup = 3;
        double[] millis = new double[5];
        for (int run = 0; run < warmup + millis.length; run++) {
            List<List<DroolsFirm>> batches = new ArrayList<>();
            for (int start = 0; start < n; start += 10_000) {
                List<DroolsFirm> batch = new ArrayList<>(10_000);
                for (Enterprise e : enterprises.subList(start, Math.min(n, start + 10_000))) {
                    var f = e.financials();
                    batch.add(new DroolsFirm(e.headcount().staff(), e.headcount().technical(), f.revenue(), f.totalAssets(), f.rdExpense(2),
                            f.highTechRevenue(), e.ip().classOne(), e.ip().classTwo(), PolicyInterpreter.yearsBetween(e.founded(), DATE),
                            industry(e, industrial, software)));
                }
                batches.add(batch);
            }
            long t = System.nanoTime();
            long[][] perThread = new long[threads][3];
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread thread = new Thread(() -> {
                    for (int b = worker; b < batches.size(); b += threads) {
                        List<DroolsFirm> batch = batches.get(b);
                        StatelessKieSession session = base.newStatelessKieSession();
                        session.execute(batch);
                        for (DroolsFirm f : batch) {
                            perThread[worker][0] += f.isHnte() ? 1 : 0;
                            perThread[worker][1] += f.isTechSme() ? 1 : 0;
                            perThread[worker][2] += f.isSme() ? 1 : 0;
                        }
                    }
                });
                thread.start();
                workers.add(thread);
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (run >= warmup) {
                millis[run - warmup] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.fill(counts, 0);
            for (long[] c : perThread) {
                for (int k = 0; k < 3; k++) {
                    counts[k] += c[k];
                }
            }
        }
        return new Measure.Times(millis);
    }

    private static String inList(Set<String> codes) {
        return String.join(",", codes.stream().sorted().map(c -> "'" + c + "'").toList());
    }

    private static Measure.Times sqlTimes(Path file, Taxonomy taxonomy, long[] counts) throws Exception {
        String age = "(DATE '" + DATE + "' - founded) / 365.25";
        String hnte = "CREATE OR REPLACE TEMP TABLE r_hnte AS SELECT code, (" + age + " >= 1 AND ip_class_one + ip_class_two >= 1"
                + " AND technical_staff::DOUBLE / staff >= 0.10 AND revenue > 0"
                + " AND rd_expense_y3::DOUBLE / revenue >= CASE WHEN revenue >= 200000000 THEN 0.03 WHEN revenue >= 50000000 THEN 0.04 ELSE 0.05 END"
                + " AND high_tech_revenue::DOUBLE / revenue >= 0.60) AS ok FROM enterprise";
        String points = "(CASE WHEN technical_staff::DOUBLE / staff >= 0.30 THEN 20 WHEN technical_staff::DOUBLE / staff >= 0.25 THEN 16"
                + " WHEN technical_staff::DOUBLE / staff >= 0.20 THEN 12 WHEN technical_staff::DOUBLE / staff >= 0.15 THEN 8"
                + " WHEN technical_staff::DOUBLE / staff >= 0.10 THEN 4 ELSE 0 END)";
        String rd = "(CASE WHEN revenue > 0 THEN rd_expense_y3::DOUBLE / revenue ELSE 0 END)";
        String rdPoints = "(CASE WHEN " + rd + " >= 0.06 THEN 50 WHEN " + rd + " >= 0.05 THEN 40 WHEN " + rd + " >= 0.04 THEN 30 WHEN "
                + rd + " >= 0.03 THEN 20 WHEN " + rd + " >= 0.02 THEN 10 ELSE 0 END)";
        String ipPoints = "(CASE WHEN ip_class_one >= 1 THEN 30 WHEN ip_class_two >= 4 THEN 24 WHEN ip_class_two >= 3 THEN 18"
                + " WHEN ip_class_two >= 2 THEN 12 WHEN ip_class_two >= 1 THEN 6 ELSE 0 END)";
        String techSme = "CREATE OR REPLACE TEMP TABLE r_tech AS SELECT code, (staff <= 500 AND revenue <= 200000000 AND total_assets <= 200000000"
                + " AND " + points + " > 0 AND " + points + " + " + rdPoints + " + " + ipPoints + " >= 60) AS ok FROM enterprise";
        String industrial = inList(under(taxonomy, INDUSTRIAL_ROOTS));
        String software = inList(under(taxonomy, SOFTWARE_ROOTS));
        String sme = "CREATE OR REPLACE TEMP TABLE r_sme AS WITH k AS (SELECT code, max(CASE WHEN segment IN (" + industrial + ") THEN 1 ELSE 0 END) AS ind,"
                + " max(CASE WHEN segment IN (" + software + ") THEN 1 ELSE 0 END) AS sw FROM enterprise_segment GROUP BY code)"
                + " SELECT e.code, ((k.ind = 1 AND (e.staff < 1000 OR e.revenue < 400000000))"
                + " OR (k.ind = 0 AND k.sw = 1 AND (e.staff < 300 OR e.revenue < 100000000))"
                + " OR (k.ind = 0 AND k.sw = 0 AND e.staff < 300)) AS ok FROM enterprise e JOIN k ON k.code = e.code";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            Measure.Times times = Measure.times(1, 5, () -> {
                st.execute(hnte);
                st.execute(techSme);
                st.execute(sme);
            });
            String[] tables = {"r_hnte", "r_tech", "r_sme"};
            for (int i = 0; i < 3; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + tables[i] + " WHERE ok")) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            return times;
        }
    }
}
