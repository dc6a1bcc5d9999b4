package org.xiandao.store.enterprise;

import static org.xiandao.store.enterprise.EnterpriseLayout.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Financials;
import org.xiandao.core.enterprise.FundingStage;
import org.xiandao.core.enterprise.Headcount;
import org.xiandao.core.enterprise.IntellectualProperty;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.money.ChineseAmount;
import org.xiandao.core.park.Park;
import org.xiandao.core.park.Parks;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.tabular.Table;

/** Checks one row of an enterprise file, every column of it, and builds the enterprise when all is well. */
final class EnterpriseRowParser {

    private static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1949, 10, 1);

    private final String file;
    private final Taxonomy taxonomy;
    private final Parks parks;
    private final LocalDate today;

    EnterpriseRowParser(String file, Taxonomy taxonomy, Parks parks, LocalDate today) {
        this.file = file;
        this.taxonomy = taxonomy;
        this.parks = parks;
        this.today = today;
    }

    /** The outcome for one row: an enterprise, or the problems that keep it out. */
    record Parsed(Table.Row row, Enterprise enterprise, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    Parsed parse(Table.Row row) {
        List<Problem> problems = new ArrayList<>();
        if (row.shapeProblem() != null) {
            problems.add(new Problem(file, row.number(), "", row.shapeProblem()));
            return new Parsed(row, null, problems);
        }
        Checker c = new Checker(row, problems);
        UnifiedSocialCreditCode code = c.code();
        String nameZh = row.get(NAME_ZH);
        String nameEn = row.get(NAME_EN);
        if (nameZh.isEmpty() && nameEn.isEmpty()) {
            problems.add(new Problem(file, row.number(), NAME_ZH, "the enterprise needs a Chinese or an English name"));
        }
        c.maxLength(NAME_ZH, 200);
        c.maxLength(NAME_EN, 300);
        c.maxLength(DESCRIPTION, 2000);
        LocalDate founded = c.date(FOUNDED);
        District district = c.district();
        String park = c.park(district);
        int staff = c.count(STAFF, MAX_STAFF);
        int technical = c.count(TECHNICAL_STAFF, MAX_STAFF);
        int research = c.count(RD_STAFF, MAX_STAFF);
        if (technical > staff && problems.isEmpty()) {
            problems.add(new Problem(file, row.number(), TECHNICAL_STAFF, "technical staff (" + technical + ") exceed total staff (" + staff + ")"));
        }
        if (research > staff && problems.isEmpty()) {
            problems.add(new Problem(file, row.number(), RD_STAFF, "R&D staff (" + research + ") exceed total staff (" + staff + ")"));
        }
        long revenue = c.amount(REVENUE);
        long assets = c.amount(TOTAL_ASSETS);
        long[] rd = {c.amount(RD_EXPENSE_Y1), c.amount(RD_EXPENSE_Y2), c.amount(RD_EXPENSE_Y3)};
        long highTech = c.amount(HIGH_TECH_REVENUE);
        if (highTech > revenue && problems.isEmpty()) {
            problems.add(new Problem(file, row.number(), HIGH_TECH_REVENUE, "high-tech revenue exceeds total revenue"));
        }
        int classOne = c.count(IP_CLASS_ONE, 1_000_000);
        int classTwo = c.count(IP_CLASS_TWO, 1_000_000);
        FundingStage stage = c.stage();
        long equity = c.amount(EQUITY_RAISED);
        List<String> segments = c.segments();
        if (!problems.isEmpty()) {
            return new Parsed(row, null, problems);
        }
        Enterprise e = new Enterprise(code, blankToNull(nameZh), blankToNull(nameEn), founded, district, park,
                new Headcount(staff, technical, research), new Financials(revenue, assets, rd, highTech, equity),
                new IntellectualProperty(classOne, classTwo), stage, segments, row.get(DESCRIPTION),
                Origin.imported(file, row.number()));
        return new Parsed(row, e, problems);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Reads typed cells of one row, recording a problem for each bad one. */
    private final class Checker {
        private final Table.Row row;
        private final List<Problem> problems;

        Checker(Table.Row row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
        }

        private void problem(String column, String reason) {
            problems.add(new Problem(file, row.number(), column, reason));
        }

        private String required(String column) {
            String v = row.get(column);
            if (v.isEmpty()) {
                problem(column, "is empty but required");
            }
            return v;
        }

        void maxLength(String column, int max) {
            if (row.get(column).length() > max) {
                problem(column, "is longer than " + max + " characters");
            }
        }

        UnifiedSocialCreditCode code() {
            String v = required(CREDIT_CODE);
            if (v.isEmpty()) {
                return null;
            }
            String normalised = v.toUpperCase(java.util.Locale.ROOT);
            String why = UnifiedSocialCreditCode.problemWith(normalised);
            if (why != null) {
                problem(CREDIT_CODE, "'" + v + "' is not a valid unified social credit code: " + why);
                return null;
            }
            return new UnifiedSocialCreditCode(normalised);
        }

        LocalDate date(String column) {
            String v = required(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                LocalDate d = LocalDate.parse(v.replace('/', '-'));
                if (d.isAfter(today)) {
                    problem(column, v + " is in the future");
                } else if (d.isBefore(EARLIEST_FOUNDING)) {
                    problem(column, v + " is before 1949-10-01");
                }
                return d;
            } catch (DateTimeParseException e) {
                problem(column, "'" + v + "' is not a date (write YYYY-MM-DD)");
                return null;
            }
        }

        District district() {
            String v = required(DISTRICT);
            if (v.isEmpty()) {
                return null;
            }
            return District.find(v).orElseGet(() -> {
                problem(DISTRICT, "'" + v + "' is not one of Shanghai's 16 districts (e.g. PUDONG, 浦东新区, 310115)");
                return null;
            });
        }

        String park(District district) {
            String v = row.get(PARK);
            if (v.isEmpty()) {
                return null;
            }
            Park p = parks.find(v).orElse(null);
            if (p == null) {
                problem(PARK, "'" + v + "' is not a known park; known: "
                        + String.join(", ", parks.all().stream().map(Park::code).toList()));
                return null;
            }
            if (district != null && p.district() != district) {
                problem(PARK, p.nameEn() + " lies in " + p.district().nameEn() + ", not in " + district.nameEn());
            }
            return p.code();
        }

        int count(String column, int max) {
            String v = required(column);
            if (v.isEmpty()) {
                return 0;
            }
            try {
                long n = Long.parseLong(v.replace(",", ""));
                if (n < 0) {
                    problem(column, v + " is negative");
                } else if (n > max) {
                    problem(column, v + " is more than " + max);
                } else {
                    return (int) n;
                }
            } catch (NumberFormatException e) {
                problem(column, "'" + v + "' is not a whole number");
            }
            return 0;
        }

        long amount(String column) {
            String v = required(column);
            if (v.isEmpty()) {
                return 0;
            }
            try {
                long yuan = ChineseAmount.parseYuan(v);
                if (yuan < 0) {
                    problem(column, v + " is negative");
                } else if (yuan > MAX_AMOUNT) {
                    problem(column, v + " is more than 10万亿 yuan; amounts are in yuan, not thousands");
                } else {
                    return yuan;
                }
            } catch (NumberFormatException e) {
                problem(column, e.getMessage());
            }
            return 0;
        }

        FundingStage stage() {
            String v = required(FUNDING_STAGE);
            if (v.isEmpty()) {
                return null;
            }
            return FundingStage.find(v).orElseGet(() -> {
                problem(FUNDING_STAGE, "'" + v + "' is not a funding stage; use one of "
                        + String.join(", ", Arrays.stream(FundingStage.values()).map(Enum::name).toList()));
                return null;
            });
        }

        List<String> segments() {
            String v = required(SEGMENTS);
            List<String> out = new ArrayList<>();
            for (String s : v.split("[|;,，]")) {
                String code = s.strip().toUpperCase(java.util.Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!taxonomy.contains(code)) {
                    problem(SEGMENTS, "'" + code + "' is not a segment code; nearest: " + String.join(", ", taxonomy.nearestCodes(code, 3)));
                } else if (!out.contains(code)) {
                    out.add(code);
                }
            }
            if (out.isEmpty() && !v.isEmpty() && problems.stream().noneMatch(p -> p.column().equals(SEGMENTS))) {
                problem(SEGMENTS, "names no segment");
            }
            return out;
        }
    }
}
