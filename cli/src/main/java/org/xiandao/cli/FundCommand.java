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
        subcommands = FundCommand.Xirr.class)
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
}
