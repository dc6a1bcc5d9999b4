package org.xiandao.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiandao.core.fund.CashFlow;
import org.xiandao.core.fund.Irr;
import org.xiandao.core.fund.IrrResult;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.tabular.Table;
import org.xiandao.store.tabular.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fund", mixinStandardHelpOptions = true, description = "The guidance fund's mathematics.",
        subcommands = {FundCommand.Xirr.class, FundCommand.ListFunds.class, FundCommand.Report.class})
final class FundCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to do, e.g. 'fund xirr FILE'.");
    }

    @Command(name = "xirr", mixinStandardHelpOptions = true,
            description = {"The XIRR of dated flows in a CSV or XLSX file with columns date,amount (negative = paid in).",
                "Excel's convention (actual days / 365 from the earliest date); rows may be in any order.",
                "Every rate that zeroes the NPV is found; with several, the one nearest 10% is chosen and all are listed."})
    static final class Xirr implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "CSV (UTF-8) or XLSX with a header row: date,amount")
        Path file;

        @Option(names = "--json", description = "Print status, rate, every root and the residual as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<CashFlow> flows = read(file);
            IrrResult r = Irr.xirr(flows);
            String text = switch (r.status()) {
                case CONVERGED -> String.format(Locale.ROOT, "XIRR %.6f%% (%d flows)", r.rate() * 100, flows.size());
                case MULTIPLE_ROOTS -> String.format(Locale.ROOT, "XIRR %.6f%%, the root nearest 10%%; all roots: %s", r.rate() * 100,
                        String.join(", ", r.roots().stream().map(x -> String.format(Locale.ROOT, "%.6f%%", x * 100)).toList()));
                case NO_SIGN_CHANGE -> "no IRR: the flows never change sign (all paid in, or all paid out)";
                case NO_CONVERGENCE -> "no IRR found above -100% to working precision";
            };
            Output.people().println(text);
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", r.status());
                body.put("rate", r.rate());
                body.put("roots", r.roots());
                body.put("residual", Double.isNaN(r.residual()) ? null : r.residual());
                body.put("flows", flows.size());
                Output.json(body);
            }
            return Main.OK;
        }

        static List<CashFlow> read(Path file) {
            Table table = TableReader.read(file);
            List<Problem> problems = new ArrayList<>();
            for (String column : List.of("date", "amount")) {
                if (!table.header().contains(column)) {
                    problems.add(new Problem(table.file(), 1, column, "required column is missing from the header"));
                }
            }
            table.header().stream().filter(h -> !h.equals("date") && !h.equals("amount"))
                    .forEach(h -> problems.add(new Problem(table.file(), 1, h, "unknown column; the columns are date,amount")));
            if (!problems.isEmpty()) {
                throw new BadInputException(problems);
            }
            List<CashFlow> flows = new ArrayList<>();
            for (Table.Row row : table.rows()) {
                if (row.shapeProblem() != null) {
                    problems.add(new Problem(table.file(), row.number(), "", row.shapeProblem()));
                    continue;
                }
                LocalDate date = null;
                try {
                    date = LocalDate.parse(row.get("date").replace('/', '-'));
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(table.file(), row.number(), "date", "'" + row.get("date") + "' is not a date (YYYY-MM-DD)"));
                }
                Double amount = null;
                try {
                    amount = new BigDecimal(row.get("amount").replace(",", "")).doubleValue();
                } catch (NumberFormatException e) {
                    problems.add(new Problem(table.file(), row.number(), "amount", "'" + row.get("amount") + "' is not a number"));
                }
                if (date != null && amount != null) {
                    flows.add(new CashFlow(date, amount));
                }
            }
            if (table.rows().isEmpty()) {
                problems.add(Problem.ofFile(table.file(), "has a header but no flows"));
            }
            if (!problems.isEmpty()) {
                throw new BadInputException(problems);
            }
            return flows;
        }
    }

    /** Loads the store's fund family with the enterprises its funds invested in. */
    static org.xiandao.web.fund.FundReports reports(org.xiandao.store.Store store) {
        var family = store.funds().load();
        var codes = family.investments().stream().map(org.xiandao.core.fund.Investment::enterpriseCode).filter(java.util.Objects::nonNull).toList();
        var enterprises = store.enterprises().findAll(codes);
        return new org.xiandao.web.fund.FundReports(family, store.taxonomy(), enterprises::get);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the funds in the store.")
    static final class ListFunds implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            try (org.xiandao.store.Store store = common.open()) {
                var family = store.funds().load();
                for (var f : family.funds()) {
                    Output.people().printf("%-12s %-9s %s / %s%s%n", f.id(), f.kind(), f.nameZh(), f.nameEn(), f.synthetic() ? " [synthetic]" : "");
                }
                if (family.funds().isEmpty()) {
                    Output.people().println("No funds in this store. ./xiandao generate writes a synthetic fund family with the population.");
                }
                if (common.json) {
                    Output.json(family.funds());
                }
            }
            return Main.OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "An LP report for one fund as of a date: performance, capital accounts, mandate, look-through; text and Excel.")
    static final class Report implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        CommonOptions common;

        @Option(names = "--fund", required = true, paramLabel = "ID", description = "Fund id (see 'fund list').")
        String fundId;

        @Option(names = "--as-of", paramLabel = "D", description = "Report date YYYY-MM-DD (default: today).")
        String asOf;

        @Option(names = "--xlsx", paramLabel = "OUT", description = "Also write the report as an Excel workbook.")
        Path xlsx;

        @Option(names = "--index", paramLabel = "FILE", description = "Index levels (CSV date,level) for KS-PME and Direct Alpha.")
        Path indexFile;

        @Override
        public Integer call() throws java.io.IOException {
            LocalDate date = PolicyCommand.date(asOf);
            org.xiandao.core.fund.IndexSeries index = indexFile == null ? null : readIndex(indexFile);
            try (org.xiandao.store.Store store = common.open()) {
                var reports = reports(store);
                if (reports.fund(fundId) == null) {
                    throw new BadInputException(new Problem("--fund", 0, "", "no fund '" + fundId + "' in this store; known: "
                            + String.join(", ", reports.family().funds().stream().map(org.xiandao.core.fund.Fund::id).limit(8).toList())));
                }
                var r = reports.report(fundId, date, index);
                var p = r.performance();
                var out = Output.people();
                out.printf("%s / %s (%s)%s, as of %s%n", r.fund().nameZh(), r.fund().nameEn(), r.fund().id(),
                        r.fund().synthetic() ? " — SYNTHETIC demo fund, not a real one" : "", date);
                out.printf("  committed %s · paid in %s · distributed %s · NAV %s (%s) · unfunded %s%n",
                        m(p.committed()), m(p.paidIn()), m(p.distributed()), m(p.nav()),
                        p.valuationDate() == null ? "no valuation yet" : "valued " + p.valuationDate(), m(p.unfunded()));
                out.printf(Locale.ROOT, "  DPI %.2fx · RVPI %.2fx · TVPI %.2fx · PIC %.1f%% · net IRR %s%s%n", p.multiples().dpi(), p.multiples().rvpi(),
                        p.multiples().tvpi(), p.multiples().pic() * 100,
                        p.netIrr().hasRate() ? String.format(Locale.ROOT, "%.2f%%", p.netIrr().rate() * 100) : "none (" + p.netIrr().status() + ")",
                        p.ksPme() == null ? "" : String.format(Locale.ROOT, " · KS-PME %.2f", p.ksPme()));
                out.println("  mandate:");
                r.mandate().lines().forEach(l -> out.printf(Locale.ROOT, "    %-60s %8.2f%s (limit %.2f%s) %s%n", l.rule(),
                        l.unit().equals("%") ? l.actual() * 100 : l.actual(), l.unit(), l.unit().equals("%") ? l.limit() * 100 : l.limit(), l.unit(),
                        l.holds() ? "ok" : "BREACH"));
                if (!r.mandate().afterInvestmentPeriod().isEmpty()) {
                    out.printf("    %d investments after the investment period (with extension)%n", r.mandate().afterInvestmentPeriod().size());
                }
                out.println("  look-through exposure by segment:");
                r.lookThrough().bySegment().forEach((k, v) -> out.printf("    %-8s %s%n", k, m(v)));
                out.println("  segments not reached: " + String.join(", ", r.lookThrough().unreachedSegments()));
                out.println("  capital accounts:");
                r.lps().forEach(l -> out.printf("    %-44s committed %s · paid in %s · NAV %s%n", l.lp() == null ? l.account().lpId() : l.lp().name(),
                        m(l.account().commitment()), m(l.account().paidIn()), m(l.account().nav())));
                if (xlsx != null) {
                    java.nio.file.Files.write(xlsx, org.xiandao.web.fund.FundWorkbook.xlsx(r));
                    out.println("Wrote " + xlsx);
                }
                if (common.json) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("fund", r.fund());
                    body.put("asOf", date);
                    body.put("performance", p);
                    body.put("mandate", r.mandate().lines());
                    body.put("lookThrough", r.lookThrough());
                    body.put("capitalAccounts", r.lps().stream().map(l -> l.account()).toList());
                    Output.json(body);
                }
            }
            return Main.OK;
        }

        private static String m(BigDecimal v) {
            return org.xiandao.core.money.ChineseAmount.format(v.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact(), true);
        }

        static org.xiandao.core.fund.IndexSeries readIndex(Path file) {
            Table table = TableReader.read(file);
            List<Problem> problems = new ArrayList<>();
            Map<LocalDate, Double> levels = new java.util.HashMap<>();
            for (Table.Row row : table.rows()) {
                try {
                    double level = Double.parseDouble(row.get("level"));
                    if (!(level > 0)) {
                        problems.add(new Problem(table.file(), row.number(), "level", "must be positive"));
                    }
                    levels.put(LocalDate.parse(row.get("date")), level);
                } catch (NumberFormatException | DateTimeParseException e) {
                    problems.add(new Problem(table.file(), row.number(), "", "needs a date (YYYY-MM-DD) and a level"));
                }
            }
            if (!problems.isEmpty() || levels.isEmpty()) {
                throw new BadInputException(problems.isEmpty() ? List.of(Problem.ofFile(table.file(), "has no levels")) : problems);
            }
            return new org.xiandao.core.fund.IndexSeries(file.getFileName().toString(), levels);
        }
    }
}
