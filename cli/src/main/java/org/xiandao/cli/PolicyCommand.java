package org.xiandao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.money.ChineseAmount;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Explanation;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.PolicyTests;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.internal.ScenarioParser;
import org.xiandao.core.policy.simulation.PolicySimulation;
import org.xiandao.store.Store;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "policy", mixinStandardHelpOptions = true, description = "The policy engine: check, test, evaluate and simulate policies.",
        subcommands = {PolicyCommand.Check.class, PolicyCommand.Test.class, PolicyCommand.Eval.class, PolicyCommand.Simulate.class})
final class PolicyCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to do: check, test, eval or simulate.");
    }

    static LocalDate date(String text) {
        if (text == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageProblem("--date must be YYYY-MM-DD, was " + text);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Parse and check policy files: names, units, clauses, exceptions. Exit 65 with file:line:column on any error.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = ".policy files")
        List<Path> files;

        @Option(names = "--json", description = "Print the checked policies' ids as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<Policy> policies = PolicySource.parseAll(files, TaxonomyReader.shipped());
            policies.forEach(p -> Output.people().println("ok  " + p.file() + " (" + p.id() + ", " + p.conditions().size()
                    + " conditions, " + p.parameters().size() + " parameters, " + p.examples().size() + " examples)"));
            if (json) {
                Output.json(policies.stream().map(Policy::id).toList());
            }
            return Main.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Run the examples written inside policies. Exit 1 if any fails.")
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder of .policy files (default: the shipped policies).")
        Path folder;

        @Option(names = "--json", description = "Print every result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Taxonomy taxonomy = TaxonomyReader.shipped();
            PolicySource source = new PolicySource();
            source.folder = folder;
            List<PolicyTests.Result> results = new ArrayList<>();
            PolicyTests runner = new PolicyTests(taxonomy);
            source.load(taxonomy).forEach(p -> results.addAll(runner.run(p)));
            long failed = results.stream().filter(r -> !r.passed()).count();
            for (PolicyTests.Result r : results) {
                Output.people().println((r.passed() ? "pass  " : "FAIL  ") + r.policy() + ": " + r.example()
                        + (r.passed() ? "" : " (" + r.at() + ")\n        " + String.join("\n        ", r.failures())));
            }
            Output.people().printf("%d examples, %d passed, %d failed%n", results.size(), results.size() - failed, failed);
            if (json) {
                Output.json(results);
            }
            return failed == 0 ? Main.OK : Main.FAILURE;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluate every policy in force on a date for one enterprise: outcome, amount and, with --explain, why.")
    static final class Eval implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        PolicySource source;

        @Option(names = "--enterprise", required = true, paramLabel = "CODE", description = "Unified social credit code.")
        String code;

        @Option(names = "--date", paramLabel = "D", description = "Evaluation date, YYYY-MM-DD (default: today).")
        String date;

        @Option(names = "--explain", description = "Print the explanation tree: conditions, inputs, dated parameters, clauses.")
        boolean explain;

        @Override
        public Integer call() {
            LocalDate d = date(date);
            String normalised = code.strip().toUpperCase(Locale.ROOT);
            String problem = UnifiedSocialCreditCode.problemWith(normalised);
            if (problem != null) {
                throw new BadInputException(new Problem("--enterprise", 0, "", "'" + code + "' is not a valid unified social credit code: " + problem));
            }
            try (Store store = common.open()) {
                Enterprise e = store.enterprises().find(normalised).orElseThrow(() -> new BadInputException(new Problem("--enterprise", 0, "",
                        "no enterprise with credit code " + normalised + " in " + store.location().describe())));
                PolicyInterpreter interpreter = new PolicyInterpreter(store.taxonomy());
                List<Evaluation> evaluations = new ArrayList<>();
                for (Policy p : source.load(store.taxonomy())) {
                    if (p.inForce(d)) {
                        evaluations.add(interpreter.evaluate(p, Facts.of(e), d));
                    }
                }
                PrintStream out = Output.people();
                out.printf("%s %s (%s) on %s%s%n", e.code(), e.displayName(true), e.displayName(false), d,
                        e.origin().isSynthetic() ? " [synthetic enterprise]" : "");
                for (Evaluation ev : evaluations) {
                    out.printf("%n%s / %s (%s): %s%s%n", ev.titleZh(), ev.titleEn(), ev.document(), ev.explanation().result(),
                            ev.amount() == null ? "" : ", " + ChineseAmount.format(ev.amount(), true));
                    if (explain) {
                        ev.explanation().children().forEach(c -> print(out, c, "  "));
                    }
                }
                if (common.json) {
                    Output.json(evaluations);
                }
            }
            return Main.OK;
        }

        private static void print(PrintStream out, Explanation node, String indent) {
            String clause = node.clause().isEmpty() ? "" : "[" + node.clause() + (node.clauseUnverified() ? ", unverified" : "") + "] ";
            String what = node.expression().isEmpty() ? node.label() : node.expression();
            out.printf("%s%s%s → %s%n", indent, clause, what, node.result());
            if (!node.clauseText().isEmpty() && !node.kind().equals("rule")) {
                out.printf("%s    clause: %s%n", indent, node.clauseText());
            }
            for (Explanation.Fact f : node.inputs()) {
                out.printf("%s    %s = %s%n", indent, f.name(), f.value());
            }
            for (Explanation.ParameterUse p : node.parameters()) {
                out.printf("%s    %s = %s (since %s; %s)%n", indent, p.name(), p.value(), p.since(), p.source());
            }
            node.children().forEach(c -> print(out, c, indent + "  "));
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = {"Run every policy over the whole population: who qualifies, what it costs, how it is spread, who receives most.",
                "With --scenario, also the scenario and its difference from the baseline."})
    static final class Simulate implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        PolicySource source;

        @Option(names = "--date", paramLabel = "D", description = "Simulation date, YYYY-MM-DD (default: today).")
        String date;

        @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario file: lines 'set POLICY.PARAMETER = VALUE'.")
        Path scenarioFile;

        @Option(names = "--by", defaultValue = "segment", description = "Group the distribution by segment, district or park (default ${DEFAULT-VALUE}).")
        String by;

        @Override
        public Integer call() throws java.io.IOException {
            LocalDate d = date(date);
            PolicySimulation.GroupBy groupBy;
            try {
                groupBy = PolicySimulation.GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--by must be segment, district or park, was " + by);
            }
            try (Store store = common.open()) {
                List<Policy> policies = source.load(store.taxonomy());
                Scenario scenario = Scenario.BASELINE;
                if (scenarioFile != null) {
                    if (!Files.isRegularFile(scenarioFile)) {
                        throw new BadInputException(new Problem(scenarioFile.toString(), 0, "", "no such file"));
                    }
                    scenario = ScenarioParser.parse(scenarioFile.toString(), Files.readString(scenarioFile, StandardCharsets.UTF_8), policies);
                }
                long t = System.nanoTime();
                Population population = store.enterprises().population(store.taxonomy());
                double loadSeconds = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                List<PolicySimulation.PolicyReport> reports = new PolicySimulation(store.taxonomy()).run(policies, population, d, scenario, groupBy);
                double runSeconds = (System.nanoTime() - t) / 1e9;
                PrintStream out = Output.people();
                out.printf("%,d enterprises from %s on %s; %d policies; loaded in %.1f s, simulated in %.1f s%s%n", population.size(),
                        store.location().describe(), d, policies.size(), loadSeconds, runSeconds,
                        store.enterprises().countSynthetic() > 0 ? " (the population includes synthetic enterprises)" : "");
                if (!scenario.assumptionTexts().isEmpty()) {
                    out.println("Assumed inputs (estimates, not facts; they apply to baseline and scenario alike):");
                    scenario.assumptionTexts().forEach((k, v) -> out.printf("  %s = %s%n", k, v));
                }
                for (PolicySimulation.PolicyReport r : reports) {
                    printReport(out, r);
                }
                if (common.json) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("date", d);
                    body.put("enterprises", population.size());
                    body.put("scenario", scenario.name());
                    body.put("assumptions", scenario.assumptionTexts());
                    body.put("policies", reports);
                    Output.json(body);
                }
            }
            return Main.OK;
        }

        private static void printReport(PrintStream out, PolicySimulation.PolicyReport r) {
            out.printf("%n%s / %s%s%n", r.titleZh(), r.titleEn(), r.inForce() ? "" : " — not in force on this date");
            if (!r.inForce()) {
                return;
            }
            PolicySimulation.Run b = r.baseline();
            out.printf("  qualify %,d · do not %,d · cannot decide %,d%s · cost %s%s%n", b.outcomes().get(Outcome.QUALIFIES),
                    b.outcomes().get(Outcome.DOES_NOT_QUALIFY), b.outcomes().get(Outcome.UNDECIDED),
                    b.outcomes().get(Outcome.CONFLICT) > 0 ? " · conflicts " + b.outcomes().get(Outcome.CONFLICT) : "",
                    ChineseAmount.format(b.cost(), true), b.budgetNote().isEmpty() ? "" : " (" + b.budgetNote() + ")");
            b.groups().stream().limit(5).forEach(g -> out.printf("    %-10s %,8d qualify  %s%n", g.key(), g.qualifying(), ChineseAmount.format(g.cost(), true)));
            if (r.scenario() != null) {
                PolicySimulation.Run s = r.scenario();
                out.printf("  scenario: qualify %,d · cost %s · change %s%s · gained %,d · lost %,d%n", s.outcomes().get(Outcome.QUALIFIES),
                        ChineseAmount.format(s.cost(), true), r.costDelta() >= 0 ? "+" : "−", ChineseAmount.format(Math.abs(r.costDelta()), true),
                        r.gained(), r.lost());
            }
        }
    }
}
