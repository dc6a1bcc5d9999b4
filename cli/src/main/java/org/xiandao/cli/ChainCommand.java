package org.xiandao.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiandao.core.chain.ChainHealth;
import org.xiandao.core.chain.Industry;
import org.xiandao.core.chain.SegmentHealth;
import org.xiandao.core.money.ChineseAmount;
import org.xiandao.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "chain", mixinStandardHelpOptions = true, description = "Key supply chains: health of every segment and the weak links.",
        subcommands = {ChainCommand.Health.class, ChainCommand.WeakLinks.class, ChainCommand.Import.class})
final class ChainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to show: health or weak-links.");
    }

    static List<SegmentHealth> health(Store store) {
        return ChainHealth.of(store.taxonomy(), store.enterprises().population(store.taxonomy()));
    }

    static void print(PrintStream out, SegmentHealth h) {
        out.printf(Locale.ROOT, "%-8s %-34s %6d firms  revenue %-12s R&D %5.1f%%  HHI %.3f  top-3 %3.0f%%  weak-link %.2f"
                        + " (thin %.2f · concentrated %.2f · R&D gap %.2f · reach %.2f)%s%n",
                h.code(), h.nameEn(), h.enterprises(), ChineseAmount.format(h.revenue(), true), h.rdIntensity() * 100, h.hhi(),
                h.top3Share() * 100, h.weakLink().score(), h.weakLink().thinness(), h.weakLink().concentration(), h.weakLink().rdGap(),
                h.weakLink().dependence(), h.thinSuppliers().isEmpty() ? "" : "  thin suppliers: " + String.join(", ", h.thinSuppliers()));
    }

    @Command(name = "health", mixinStandardHelpOptions = true,
            description = "Every segment of the supply graph: local enterprises, revenue, R&D, concentration and weak-link components.")
    static final class Health implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--industry", paramLabel = "IC|BIO|AI", description = "Only this industry's segments.")
        String industry;

        @Override
        public Integer call() {
            Industry only = null;
            if (industry != null) {
                only = Industry.find(industry).orElseThrow(() -> new UsageProblem("--industry must be IC, BIO or AI, was " + industry));
            }
            try (Store store = common.open()) {
                Industry filter = only;
                List<SegmentHealth> rows = health(store).stream().filter(h -> filter == null || h.industry() == filter).toList();
                if (store.enterprises().countSynthetic() > 0) {
                    Output.people().println("(computed over a pool that includes synthetic enterprises)");
                }
                rows.forEach(h -> print(Output.people(), h));
                if (common.json) {
                    Output.json(rows);
                }
            }
            return Main.OK;
        }
    }

    @Command(name = "weak-links", mixinStandardHelpOptions = true, description = "The segments with the highest weak-link scores, components shown.")
    static final class WeakLinks implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--top", defaultValue = "10", description = "How many (default ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() {
            if (top < 1) {
                throw new UsageProblem("--top must be at least 1");
            }
            try (Store store = common.open()) {
                List<SegmentHealth> weak = ChainHealth.weakLinks(health(store)).stream().limit(top).toList();
                weak.forEach(h -> print(Output.people(), h));
                if (common.json) {
                    Output.json(weak);
                }
            }
            return Main.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a supply-chain graph in the ETO layout (inputs, stages, sequence, providers, provision CSVs),",
                "map its inputs to taxonomy segments, and list the inputs where one country holds at least half the",
                "world market and China less than 5%. All-or-nothing: problems give file, row and reason, exit 65."})
    static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @picocli.CommandLine.Parameters(paramLabel = "FOLDER", description = "The folder with the five CSV files.")
        java.nio.file.Path folder;

        @Override
        public Integer call() {
            var chain = org.xiandao.store.chain.EtoReader.read(folder);
            var mapping = new org.xiandao.core.chain.external.EtoMapping();
            try (Store store = common.open()) {
                store.externalChains().replace(chain, mapping);
                var findings = chain.concentratedAbroad(0.5, 0.05, mapping);
                var out = Output.people();
                out.printf("Imported %s: %d inputs, %d edges, %d providers, %d shares.%n", chain.source(), chain.inputs().size(),
                        chain.edges().size(), chain.providers().size(), chain.shares().size());
                out.printf("%d inputs where one country provides at least 50%% and China less than 5%%:%n", findings.size());
                findings.forEach(f -> out.printf(Locale.ROOT, "  %-5s %-45s %-28s %s %3.0f%%  China %s  → %s  [%s]%n", f.inputId(), f.name(), f.stage(),
                        f.topCountry(), f.topShare() * 100, f.chinaShare() == null ? "not listed" : String.format(Locale.ROOT, "%.0f%%", f.chinaShare() * 100),
                        f.goesInto().isEmpty() ? "—" : String.join(", ", f.goesInto()), f.segment()));
                if (common.json) {
                    Output.json(findings);
                }
            }
            return Main.OK;
        }
    }
}
