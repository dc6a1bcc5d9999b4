package org.xiandao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiandao.store.Store;
import org.xiandao.store.enterprise.EnterpriseImporter;
import org.xiandao.store.tabular.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import data into the store.",
        subcommands = {ImportCommand.Enterprises.class, ImportCommand.LlmList.class, ImportCommand.FundLedger.class,
            ImportCommand.Indicators.class})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to import, e.g. 'import enterprises FILE'.");
    }

    @Command(name = "enterprises", mixinStandardHelpOptions = true,
            description = {"Import enterprises from CSV (UTF-8) or XLSX in the documented column layout.",
                "All-or-nothing: one bad row rejects the file and nothing changes (exit 65).",
                "Re-importing the same file changes nothing (upsert by credit code)."})
    static final class Enterprises implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "A .csv or .xlsx file.")
        Path file;

        @Option(names = "--skip-invalid", description = "Import the valid rows and leave out the bad ones.")
        boolean skipInvalid;

        @Option(names = "--rejects", paramLabel = "FILE", description = "With --skip-invalid: write the rejected rows and their reasons here (CSV).")
        Path rejects;

        @Override
        public Integer call() {
            if (rejects != null && !skipInvalid) {
                throw new UsageProblem("--rejects only makes sense with --skip-invalid");
            }
            try (Store store = common.open()) {
                EnterpriseImporter.Result r = new EnterpriseImporter(store, LocalDate.now()).importFile(file, skipInvalid, rejects);
                for (Problem p : r.problems()) {
                    Output.people().println("skipped: " + p);
                }
                Output.people().printf("Imported %,d enterprises from %s into %s%s.%n", r.imported(), file.getFileName(),
                        store.location().describe(), r.rejected() > 0 ? "; skipped " + r.rejected() + " invalid rows"
                                + (rejects != null ? " (written to " + rejects + ")" : "") : "");
                if (common.json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("imported", r.imported());
                    out.put("rejected", r.rejected());
                    out.put("problems", r.problems());
                    Output.json(out);
                }
            }
            return 0;
        }
    }

    @Command(name = "llm-list", mixinStandardHelpOptions = true,
            description = {"Read the awesome-LLMs-In-China Markdown table (|序号|公司|大模型|省市|类别|官网|说明|) and hold",
                "the organisations of one city for identification: the list has no credit codes, so they wait in",
                "the review queue (/enterprises/unidentified) instead of entering the pool."})
    static final class LlmList implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "The list's README.md.")
        Path file;

        @Option(names = "--city", defaultValue = "上海", description = "Keep rows whose 省市 starts with this (default ${DEFAULT-VALUE}).")
        String city;

        @Override
        public Integer call() {
            var orgs = org.xiandao.store.enterprise.ChineseLlmList.read(file, city);
            try (Store store = common.open()) {
                store.unidentified().upsert(orgs);
                Output.people().printf("Held %d organisations from %s (%s) for identification; none entered the pool,"
                        + " because the list gives no credit codes.%n", orgs.size(), file.getFileName(), city);
                if (common.json) {
                    Output.json(orgs);
                }
            }
            return 0;
        }
    }

    @Command(name = "fund-ledger", mixinStandardHelpOptions = true,
            description = {"Import a fund's cash flows, valuations or investments from CSV or XLSX, all-or-nothing.",
                "flows: fund_id,date,kind,amount,currency · valuations: fund_id,date,nav,currency ·",
                "investments: fund_id,enterprise_code,round,date,amount,ownership,currency ·",
                "allocations (splits of an entry among LPs, when not pro rata): fund_id,date,kind,lp_id,amount,currency.",
                "Amounts in yuan, currency CNY."})
    static final class FundLedger implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "KIND", description = "flows, valuations, investments or allocations")
        String kind;

        @Parameters(index = "1", paramLabel = "FILE", description = "A .csv or .xlsx file.")
        Path file;

        @Override
        public Integer call() {
            org.xiandao.store.fund.FundLedgerImporter.Kind k;
            try {
                k = org.xiandao.store.fund.FundLedgerImporter.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("KIND must be flows, valuations, investments or allocations, was " + kind);
            }
            try (Store store = common.open()) {
                var r = new org.xiandao.store.fund.FundLedgerImporter(store.funds()).importFile(k, file);
                Output.people().printf("Imported %d %s from %s; %d rows were already in the store.%n", r.added(), kind, file.getFileName(), r.alreadyPresent());
                if (common.json) {
                    Output.json(r);
                }
            }
            return 0;
        }
    }

    @Command(name = "indicators", mixinStandardHelpOptions = true,
            description = {"Import indicator values: the World Bank WDI bulk CSV, or Xiandao's sourced layout",
                "(region,metric,period,kind,value,unit,source,source_url,note). All-or-nothing (exit 65 on any bad cell).",
                "Values for the same period from different sources are kept side by side."})
    static final class Indicators implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "A .csv file.")
        Path file;

        @Override
        public Integer call() throws java.io.IOException {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new org.xiandao.store.tabular.BadInputException(Problem.ofFile(file.toString(), "no such file"));
            }
            var points = org.xiandao.store.indicator.IndicatorFiles.read(file);
            try (Store store = common.open()) {
                store.indicators().add(points);
                long series = points.stream().map(p -> p.region() + "\u0000" + p.metric()).distinct().count();
                Output.people().printf("Imported %,d indicator values in %,d series from %s into %s.%n", points.size(), series,
                        file.getFileName(), store.location().describe());
                if (common.json) {
                    Output.json(Map.of("imported", points.size(), "series", series));
                }
            }
            return 0;
        }
    }
}
