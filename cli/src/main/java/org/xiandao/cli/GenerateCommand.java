package org.xiandao.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic population of Shanghai enterprises (replacing earlier synthetic ones; imported records stay).")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--enterprises", required = true, paramLabel = "N", description = "How many enterprises (1 to 50,000,000).")
    long enterprises;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed; the same seed gives the same population (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (enterprises < 1 || enterprises > 50_000_000) {
            throw new UsageProblem("--enterprises must be between 1 and 50000000, was " + enterprises);
        }
        try (Store store = common.open()) {
            Map<String, Object> result = generate(store, enterprises, seed, common.json);
            if (common.json) {
                Output.json(result);
            }
        }
        return 0;
    }

    /** Enterprises the synthetic funds choose from, and the day their books end: fixed, so runs repeat. */
    static final int FUND_POOL = 50_000;
    static final java.time.LocalDate FUND_AS_OF = java.time.LocalDate.of(2026, 9, 30);

    static Map<String, Object> generate(Store store, long n, long seed, boolean quiet) {
        SyntheticShanghai population = new SyntheticShanghai(store.taxonomy(), store.parks(), seed);
        long written;
        double seconds;
        try (ProgressBar bar = new ProgressBar(Output.people(), "generating", n)) {
            written = store.enterprises().replaceSynthetic(population.enterprises(n).iterator(), bar::update);
            seconds = bar.seconds();
        }
        Output.people().printf("Wrote %,d synthetic enterprises (seed %d) to %s in %.1f s. They are labelled synthetic everywhere.%n",
                written, seed, store.location().describe(), seconds);
        // The demo fund family invests in the first enterprises of the same population.
        var sample = population.enterprises(Math.min(n, FUND_POOL)).toList();
        var family = new org.xiandao.core.synthetic.SyntheticFundFamily(store.taxonomy(), seed)
                .generate(sample, 20, 50, FUND_AS_OF);
        store.funds().replaceSynthetic(family);
        Output.people().printf("Wrote a synthetic fund family: %d funds, %,d investments, books to %s (not real funds).%n",
                family.funds().size(), family.investments().size(), FUND_AS_OF);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("enterprises", written);
        result.put("seed", seed);
        result.put("store", store.location().describe());
        result.put("seconds", Math.round(seconds * 10) / 10.0);
        result.put("synthetic", true);
        return result;
    }
}
