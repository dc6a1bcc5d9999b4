package org.xiandao.store.fund;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.fund.FlowKind;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundFlow;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.fund.Valuation;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.tabular.Table;
import org.xiandao.store.tabular.TableReader;

/**
 * Imports a fund's ledger entries, valuations or investments from CSV or XLSX. Every row is checked
 * (known fund, date, amount, currency CNY, no negative NAV, no distribution before the fund's first call,
 * no duplicate rows); one bad row rejects the file and nothing changes. Rows already in the store are
 * skipped, so importing the same file twice changes nothing.
 */
public final class FundLedgerImporter {

    /** What a file holds, with its columns. */
    public enum Kind {
        FLOWS(List.of("fund_id", "date", "kind", "amount", "currency")),
        VALUATIONS(List.of("fund_id", "date", "nav", "currency")),
        INVESTMENTS(List.of("fund_id", "enterprise_code", "round", "date", "amount", "ownership", "currency")),
        /** Splits of existing ledger entries among LPs; the splits of an entry must add up to it. */
        ALLOCATIONS(List.of("fund_id", "date", "kind", "lp_id", "amount", "currency"));

        final List<String> columns;

        Kind(List<String> columns) {
            this.columns = columns;
        }

        public List<String> columns() {
            return columns;
        }
    }

    public record Result(int added, int alreadyPresent) {
    }

    private final FundRepository repository;

    public FundLedgerImporter(FundRepository repository) {
        this.repository = repository;
    }

    public Result importFile(Kind kind, Path file) {
        Table table = TableReader.read(file);
        List<Problem> problems = new ArrayList<>();
        for (String c : kind.columns) {
            if (!table.header().contains(c)) {
                problems.add(new Problem(table.file(), 1, c, "required column is missing from the header"));
            }
        }
        table.header().stream().filter(h -> !kind.columns.contains(h))
                .forEach(h -> problems.add(new Problem(table.file(), 1, h, "unknown column; the columns are " + String.join(",", kind.columns))));
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        if (table.rows().isEmpty()) {
            throw new BadInputException(Problem.ofFile(table.file(), "has a header but no data rows"));
        }
        FundFamily family = repository.load();
        Map<String, Fund> funds = new HashMap<>();
        family.funds().forEach(f -> funds.put(f.id(), f));
        Set<Object> seen = new HashSet<>();
        Map<Object, Integer> firstRow = new HashMap<>();
        List<Object> parsed = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Cells c = new Cells(table.file(), row, problems);
            if (row.shapeProblem() != null) {
                problems.add(new Problem(table.file(), row.number(), "", row.shapeProblem()));
                continue;
            }
            String fundId = row.get("fund_id");
            if (!funds.containsKey(fundId)) {
                problems.add(new Problem(table.file(), row.number(), "fund_id", "no fund '" + fundId + "' in the store"));
            }
            String currency = row.get("currency").toUpperCase(Locale.ROOT);
            if (!currency.equals("CNY") && !currency.isEmpty()) {
                problems.add(new Problem(table.file(), row.number(), "currency", "'" + row.get("currency")
                        + "' is not the fund's currency (CNY); convert before importing"));
            }
            LocalDate date = c.date("date");
            Object entry = switch (kind) {
                case FLOWS -> {
                    FlowKind k = c.flowKind();
                    BigDecimal amount = c.amount("amount", false);
                    yield date == null || k == null || amount == null ? null : new FundFlow(fundId, date, k, amount);
                }
                case VALUATIONS -> {
                    BigDecimal nav = c.amount("nav", true);
                    yield date == null || nav == null ? null : new Valuation(fundId, date, nav);
                }
                case ALLOCATIONS -> {
                    FlowKind k = c.flowKind();
                    BigDecimal amount = c.amount("amount", true);
                    String lp = row.get("lp_id");
                    if (funds.containsKey(fundId) && family.commitments().stream().noneMatch(x -> x.fundId().equals(fundId) && x.lpId().equals(lp))) {
                        problems.add(new Problem(table.file(), row.number(), "lp_id", "LP '" + lp + "' has no commitment to fund " + fundId));
                    }
                    yield date == null || k == null || amount == null ? null : new org.xiandao.core.fund.FlowAllocation(fundId, date, k, lp, amount);
                }
                case INVESTMENTS -> {
                    String code = row.get("enterprise_code").toUpperCase(Locale.ROOT);
                    String why = UnifiedSocialCreditCode.problemWith(code);
                    if (why != null) {
                        problems.add(new Problem(table.file(), row.number(), "enterprise_code", "'" + code + "' is not a valid credit code: " + why));
                    }
                    BigDecimal amount = c.amount("amount", false);
                    Double ownership = c.share("ownership");
                    yield date == null || amount == null || ownership == null || why != null ? null
                            : new Investment(fundId, code, null, row.get("round"), date, amount, ownership);
                }
            };
            if (entry != null) {
                Integer first = firstRow.putIfAbsent(entry, row.number());
                if (first != null) {
                    problems.add(new Problem(table.file(), row.number(), "", "duplicates row " + first));
                } else {
                    parsed.add(entry);
                    rows.add(row.number());
                }
            }
        }
        if (kind == Kind.FLOWS) {
            checkCallsComeFirst(table.file(), family.flows(), parsed, rows, problems);
        }
        if (kind == Kind.ALLOCATIONS) {
            checkAllocationsAddUp(table.file(), family.flows(), parsed, rows, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        Set<Object> existing = new HashSet<>(switch (kind) {
            case FLOWS -> family.flows();
            case VALUATIONS -> family.valuations();
            case INVESTMENTS -> family.investments();
            case ALLOCATIONS -> family.allocations();
        });
        List<Object> fresh = parsed.stream().filter(e -> !existing.contains(e)).toList();
        repository.append(fresh);
        return new Result(fresh.size(), parsed.size() - fresh.size());
    }

    /** A fund cannot distribute before its first call: checked over the store's ledger and the file together. */
    private static void checkCallsComeFirst(String file, List<FundFlow> stored, List<Object> parsed, List<Integer> rows, List<Problem> problems) {
        Map<String, LocalDate> firstCall = new HashMap<>();
        List<FundFlow> all = new ArrayList<>(stored);
        parsed.forEach(p -> all.add((FundFlow) p));
        for (FundFlow f : all) {
            if (f.kind() == FlowKind.CALL) {
                firstCall.merge(f.fundId(), f.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (int i = 0; i < parsed.size(); i++) {
            FundFlow f = (FundFlow) parsed.get(i);
            if (f.kind() == FlowKind.DISTRIBUTION) {
                LocalDate call = firstCall.get(f.fundId());
                if (call == null || f.date().isBefore(call)) {
                    problems.add(new Problem(file, rows.get(i), "date", "a distribution on " + f.date() + " comes before any call of fund " + f.fundId()));
                }
            }
        }
    }

    /** Each split entry must exist in the ledger, and its splits in the file must add up to its amount. */
    private static void checkAllocationsAddUp(String file, List<FundFlow> ledger, List<Object> parsed, List<Integer> rows, List<Problem> problems) {
        Map<String, BigDecimal> entry = new HashMap<>();
        ledger.forEach(f -> entry.merge(f.fundId() + "/" + f.date() + "/" + f.kind(), f.amount(), BigDecimal::add));
        Map<String, BigDecimal> split = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            var a = (org.xiandao.core.fund.FlowAllocation) parsed.get(i);
            String key = a.fundId() + "/" + a.date() + "/" + a.kind();
            firstRowOf.putIfAbsent(key, rows.get(i));
            if (!entry.containsKey(key)) {
                problems.add(new Problem(file, rows.get(i), "date", "fund " + a.fundId() + " has no " + a.kind() + " on " + a.date() + " to split"));
            }
            split.merge(key, a.amount(), BigDecimal::add);
        }
        split.forEach((key, total) -> {
            BigDecimal amount = entry.get(key);
            if (amount != null && total.compareTo(amount) != 0) {
                problems.add(new Problem(file, firstRowOf.get(key), "amount", "the splits of " + key.replace('/', ' ') + " add up to " + total.toPlainString()
                        + " but the entry is " + amount.toPlainString()));
            }
        });
    }

    /** Typed cells of one row, each bad one recorded as a problem. */
    private record Cells(String file, Table.Row row, List<Problem> problems) {
        LocalDate date(String column) {
            try {
                return LocalDate.parse(row.get(column));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(file, row.number(), column, "'" + row.get(column) + "' is not a date (YYYY-MM-DD)"));
                return null;
            }
        }

        BigDecimal amount(String column, boolean zeroAllowed) {
            try {
                BigDecimal v = new BigDecimal(row.get(column).replace(",", ""));
                if (v.scale() > 2) {
                    problems.add(new Problem(file, row.number(), column, row.get(column) + " has fractions of a fen"));
                    return null;
                }
                if (v.signum() < 0 || (!zeroAllowed && v.signum() == 0)) {
                    problems.add(new Problem(file, row.number(), column, row.get(column) + (v.signum() < 0 ? " is negative" : " is zero")
                            + (column.equals("nav") ? " (a NAV cannot be negative)" : " (amounts are positive; the kind says the direction)")));
                    return null;
                }
                return v.setScale(2);
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, row.number(), column, "'" + row.get(column) + "' is not an amount"));
                return null;
            }
        }

        FlowKind flowKind() {
            try {
                return FlowKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, row.number(), "kind", "'" + row.get("kind") + "' is not CALL, DISTRIBUTION, FEE or EXPENSE"));
                return null;
            }
        }

        Double share(String column) {
            try {
                double v = Double.parseDouble(row.get(column));
                if (v < 0 || v > 1) {
                    problems.add(new Problem(file, row.number(), column, row.get(column) + " is not a share between 0 and 1"));
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, row.number(), column, "'" + row.get(column) + "' is not a number"));
                return null;
            }
        }
    }
}
