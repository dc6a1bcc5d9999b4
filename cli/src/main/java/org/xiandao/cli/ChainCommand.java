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
        subcommands = {ChainCommand.Health.class, ChainCommand.WeakLinks.class, ChainCommand.Import.class, ChainCommand.Recommend.class})
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

    @Command(name = "recommend", mixinStandardHelpOptions = true,
            description = {"Where the next yuan should go for a segment: early/small/hard-tech enterprises not yet held by the fund family,",
                "ranked with reasons; sub-funds with room; the policies each qualifies for and their cost."})
    static final class Recommend implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--segment", required = true, paramLabel = "CODE", description = "Segment code, e.g. IC-6.2.")
        String segment;

        @Option(names = "--top", defaultValue = "10", description = "Candidates to list (default ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--date", paramLabel = "D", description = "Date for the definitions and policies (default: today).")
        String date;

        @Override
        public Integer call() {
            java.time.LocalDate d = PolicyCommand.date(date);
            try (Store store = common.open()) {
                String code = segment.strip().toUpperCase(Locale.ROOT);
                if (!store.taxonomy().contains(code)) {
                    throw new org.xiandao.store.tabular.BadInputException(new org.xiandao.store.tabular.Problem("--segment", 0, "",
                            "unknown segment '" + code + "'; nearest codes: " + String.join(", ", store.taxonomy().nearestCodes(code, 3))));
                }
                var seg = store.taxonomy().require(code);
                List<org.xiandao.core.enterprise.Enterprise> firms = new java.util.ArrayList<>();
                var q = new org.xiandao.store.enterprise.EnterpriseQuery(null, code, null, null, null,
                        org.xiandao.store.enterprise.EnterpriseQuery.Sort.RD, true, 1, org.xiandao.store.enterprise.EnterpriseQuery.MAX_PAGE_SIZE);
                for (int page = 1; page <= 25; page++) {
                    var items = store.enterprises().search(q.withPage(page), store.taxonomy()).items();
                    firms.addAll(items);
                    if (items.size() < q.pageSize()) {
                        break;
                    }
                }
                var result = new org.xiandao.web.chain.Recommendations(store.taxonomy(), store.parks(),
                        org.xiandao.core.policy.ShippedPolicies.load(store.taxonomy())).recommend(seg, firms, store.funds().load(), d, top);
                var out = Output.people();
                out.printf("%s %s / %s on %s: %d enterprises examined (the %,d with the most R&D at most); parks hosting it: %s%n", seg.code(), seg.nameZh(),
                        seg.nameEn(), d, result.examined(), firms.size(), result.hostParks().isEmpty() ? "none listed" : String.join(", ", result.hostParks()));
                int rank = 1;
                for (var c : result.candidates()) {
                    out.printf("%2d. %s %s%s — score %.2f%n", rank++, c.enterprise().code(), c.enterprise().displayName(true),
                            c.enterprise().origin().isSynthetic() ? " [synthetic]" : "", c.score());
                    c.reasons().forEach(r -> out.println("      · " + r));
                    out.println("      policies: " + (c.policies().isEmpty() ? "none decided with the pool's data"
                            : String.join("; ", c.policies().stream().map(p -> p.title() + (p.amount() == null ? "" : " " + ChineseAmount.format(p.amount(), true))).toList())));
                }
                out.println("sub-funds with room in this industry:");
                result.funds().stream().limit(5).forEach(f -> out.printf("   %-12s %s unfunded, investment period to %s%n", f.fundId(),
                        ChineseAmount.format(f.unfunded().longValue(), true), f.investmentPeriodEnd()));
                if (common.json) {
                    Output.json(result);
                }
            }
            return Main.OK;
        }
    }
}
