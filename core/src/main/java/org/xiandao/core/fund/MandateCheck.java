package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;

/**
 * A fund's mandate against its investments as of a date: each rule with the actual figure, the limit,
 * the headroom left and whether it holds; plus the 返投 ledger, one line per investment saying whether
 * and how much it counts toward reinvestment in Shanghai.
 */
public final class MandateCheck {

    private MandateCheck() {
    }

    /** One rule: {@code actual} against {@code limit}; minimums hold when actual ≥ limit, maximums when ≤. */
    public record Line(String rule, double actual, double limit, boolean minimum, String unit) {
        public boolean holds() {
            return minimum ? actual >= limit - 1e-12 : actual <= limit + 1e-12;
        }

        /** How far the fund is from the limit on the allowed side (negative when breached). */
        public double headroom() {
            return minimum ? actual - limit : limit - actual;
        }
    }

    /** One investment's count toward 返投. */
    public record ReinvestLine(String enterpriseCode, LocalDate date, BigDecimal amount, boolean counts, double multiple, String why) {
    }

    public record Report(String fundId, LocalDate asOf, BigDecimal invested, List<Line> lines, List<ReinvestLine> reinvest,
                         List<Investment> afterInvestmentPeriod) {
        public boolean compliant() {
            return lines.stream().allMatch(Line::holds) && afterInvestmentPeriod.isEmpty();
        }
    }

    /**
     * @param investments the fund's direct investments in enterprises
     * @param enterprises looks up an enterprise by credit code (null when not in the pool)
     * @param commitmentBase what 返投 is measured against: the mother fund's commitment to this fund
     */
    public static Report check(Fund fund, List<Investment> investments, Function<String, Enterprise> enterprises, Taxonomy taxonomy,
                               EarlySmallHardTech esh, BigDecimal commitmentBase, LocalDate asOf) {
        Mandate m = fund.mandate();
        Set<String> target = new java.util.HashSet<>();
        m.industrySegments().forEach(s -> target.addAll(taxonomy.selfAndDescendants(s)));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal inIndustry = BigDecimal.ZERO;
        BigDecimal inEsh = BigDecimal.ZERO;
        BigDecimal reinvested = BigDecimal.ZERO;
        Map<String, BigDecimal> perCompany = new HashMap<>();
        List<ReinvestLine> ledger = new ArrayList<>();
        List<Investment> late = new ArrayList<>();
        LocalDate deadline = fund.firstClose().plusYears(fund.investmentYears() + fund.extensionYears());
        for (Investment i : investments) {
            if (i.date().isAfter(asOf) || i.enterpriseCode() == null) {
                continue;
            }
            total = total.add(i.amount());
            perCompany.merge(i.enterpriseCode(), i.amount(), BigDecimal::add);
            if (i.date().isAfter(deadline)) {
                late.add(i);
            }
            Enterprise e = enterprises.apply(i.enterpriseCode());
            if (e == null) {
                ledger.add(new ReinvestLine(i.enterpriseCode(), i.date(), i.amount(), false, 0, "not in the enterprise pool"));
                continue;
            }
            if (e.segments().stream().anyMatch(target::contains)) {
                inIndustry = inIndustry.add(i.amount());
            }
            if (esh.test(e, i.date())) {
                inEsh = inEsh.add(i.amount());
            }
            // The fund's counting rule: Shanghai-registered enterprises count once, those in a listed park at
            // the mandate's park multiple.
            boolean inPark = e.parkCode() != null;
            double multiple = inPark ? m.parkCountsAs() : 1.0;
            reinvested = reinvested.add(i.amount().multiply(BigDecimal.valueOf(multiple)));
            ledger.add(new ReinvestLine(i.enterpriseCode(), i.date(), i.amount(), true, multiple, "registered in " + e.district().nameEn()
                    + ", Shanghai" + (inPark ? "; in park " + e.parkCode() + ", counted at " + multiple + "×" : "")));
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("share of invested capital in the target industries", ratio(inIndustry, total), m.minIndustryShare(), true, "%"));
        lines.add(new Line("share in early, small and hard-tech enterprises", ratio(inEsh, total), m.minEarlySmallHardShare(), true, "%"));
        lines.add(new Line("返投: Shanghai investment over the mother fund's commitment", ratio(reinvested, commitmentBase),
                m.reinvestMultiple(), true, "×"));
        BigDecimal largest = perCompany.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        lines.add(new Line("largest single company over fund size", ratio(largest, fund.size()), m.maxSingleCompanyShare(), false, "%"));
        return new Report(fund.id(), asOf, total, lines, ledger, late);
    }

    private static double ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? 0 : a.divide(b, 12, RoundingMode.HALF_EVEN).doubleValue();
    }
}
