package org.xiandao.web.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.fund.CapitalAccount;
import org.xiandao.core.fund.Commitment;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundPerformance;
import org.xiandao.core.fund.IndexSeries;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.fund.LookThrough;
import org.xiandao.core.fund.Lp;
import org.xiandao.core.fund.MandateCheck;
import org.xiandao.core.fund.PolicyEarlySmallHardTech;

/**
 * Builds fund reports from a loaded family: performance as of a date, LP capital accounts, the mandate
 * check, the look-through and the quarterly history for the J-curve. Used by the web pages, the CLI
 * report and its Excel workbook alike.
 */
public final class FundReports {

    private final FundFamily family;
    private final Taxonomy taxonomy;
    private final Function<String, Enterprise> enterprises;
    private final org.xiandao.core.fund.EarlySmallHardTech esh;

    public FundReports(FundFamily family, Taxonomy taxonomy, Function<String, Enterprise> enterprises) {
        this.family = family;
        this.taxonomy = taxonomy;
        this.enterprises = enterprises;
        // A mother fund's look-through re-checks its sub-funds' investments: remember each answer.
        PolicyEarlySmallHardTech policy = new PolicyEarlySmallHardTech(taxonomy);
        Map<String, Boolean> answers = new java.util.concurrent.ConcurrentHashMap<>();
        this.esh = (e, date) -> answers.computeIfAbsent(e.code().value() + "@" + date, k -> policy.test(e, date));
    }

    /** One point of a fund's history: cumulative paid in, distributed, NAV and net cash, as of a quarter end. */
    public record Point(LocalDate date, BigDecimal paidIn, BigDecimal distributed, BigDecimal nav, BigDecimal netCash, Double irr) {
    }

    public record LpLine(Lp lp, CapitalAccount account) {
    }

    /**
     * The fund's waterfall as of the date: every distribution so far, plus a hypothetical liquidation at
     * the NAV (which gives the carry accrued), summed by tier.
     */
    public record WaterfallSummary(Map<org.xiandao.core.fund.Waterfall.Tier, BigDecimal[]> byTier, BigDecimal lp, BigDecimal gp,
                                   BigDecimal liquidationNav) {
    }

    public record Report(Fund fund, LocalDate asOf, FundPerformance performance, List<LpLine> lps, MandateCheck.Report mandate,
                         LookThrough.Exposure lookThrough, List<Point> history, List<Fund> children, WaterfallSummary waterfall) {
    }

    WaterfallSummary waterfall(Fund fund, FundPerformance p, LocalDate asOf) {
        var flows = family.flows().stream().filter(f -> f.fundId().equals(fund.id()) && !f.date().isAfter(asOf)).toList();
        boolean feesCount = fund.waterfall().feesInBase();
        var in = flows.stream().filter(f -> f.kind() == org.xiandao.core.fund.FlowKind.CALL || (feesCount && f.kind().paidIn()))
                .map(f -> new org.xiandao.core.fund.CashFlow(f.date(), f.amount().doubleValue())).toList();
        var out = new ArrayList<>(flows.stream().filter(f -> !f.kind().paidIn())
                .map(f -> new org.xiandao.core.fund.CashFlow(f.date(), f.amount().doubleValue())).toList());
        if (p.nav().signum() > 0) {
            out.add(new org.xiandao.core.fund.CashFlow(asOf, p.nav().doubleValue()));
        }
        Map<org.xiandao.core.fund.Waterfall.Tier, BigDecimal[]> byTier = new java.util.EnumMap<>(org.xiandao.core.fund.Waterfall.Tier.class);
        BigDecimal lp = BigDecimal.ZERO;
        BigDecimal gp = BigDecimal.ZERO;
        for (var a : org.xiandao.core.fund.Waterfall.european(in, out, fund.waterfall())) {
            for (var t : a.tiers()) {
                BigDecimal[] sum = byTier.computeIfAbsent(t.tier(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(t.lp());
                sum[1] = sum[1].add(t.gp());
            }
            lp = lp.add(a.lp());
            gp = gp.add(a.gp());
        }
        return new WaterfallSummary(byTier, lp, gp, p.nav());
    }

    public Enterprise enterprise(String code) {
        return enterprises.apply(code);
    }

    public FundFamily family() {
        return family;
    }

    public Fund fund(String id) {
        return family.funds().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    public BigDecimal committed(String fundId) {
        return family.commitments().stream().filter(c -> c.fundId().equals(fundId)).map(Commitment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public FundPerformance performance(String fundId, LocalDate asOf, IndexSeries index) {
        return FundPerformance.of(committed(fundId), family.flows().stream().filter(f -> f.fundId().equals(fundId)).toList(),
                family.valuations().stream().filter(v -> v.fundId().equals(fundId)).toList(), asOf, index);
    }

    public Report report(String fundId, LocalDate asOf, IndexSeries index) {
        Fund fund = fund(fundId);
        FundPerformance p = performance(fundId, asOf, index);
        BigDecimal committed = committed(fundId);
        Map<String, Lp> lps = new HashMap<>();
        family.lps().forEach(l -> lps.put(l.id(), l));
        List<LpLine> lines = new ArrayList<>();
        for (Commitment c : family.commitments()) {
            if (c.fundId().equals(fundId)) {
                lines.add(new LpLine(lps.get(c.lpId()), CapitalAccount.of(c, committed, p, family.flows(), family.allocations())));
            }
        }
        BigDecimal base = fund.parentId() == null ? fund.size() : family.commitments().stream()
                .filter(c -> c.fundId().equals(fundId) && c.lpId().equals(fund.parentId())).map(Commitment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> shares = LookThrough.shares(fundId, family.funds(), family.commitments());
        // A mother fund invests through its sub-funds: its mandate is checked on its look-through share
        // of their enterprise investments.
        List<Investment> own = family.investments().stream().filter(i -> shares.containsKey(i.fundId()) && i.enterpriseCode() != null)
                .map(i -> i.fundId().equals(fundId) ? i : new Investment(fundId, i.enterpriseCode(), null, i.round(), i.date(),
                        i.amount().multiply(shares.get(i.fundId())).setScale(2, java.math.RoundingMode.HALF_EVEN), i.ownership()))
                .toList();
        MandateCheck.Report mandate = MandateCheck.check(fund, own, enterprises, taxonomy, esh, base, asOf);
        List<Investment> reached = family.investments().stream().filter(i -> shares.containsKey(i.fundId()) && !i.date().isAfter(asOf)).toList();
        LookThrough.Exposure exposure = LookThrough.of(shares, reached, enterprises, taxonomy);
        List<Fund> children = family.funds().stream().filter(f -> fundId.equals(f.parentId())).toList();
        return new Report(fund, asOf, p, lines, mandate, exposure, history(fundId, asOf), children, waterfall(fund, p, asOf));
    }

    /** Quarter by quarter from the first flow to the as-of date. */
    public List<Point> history(String fundId, LocalDate asOf) {
        var flows = family.flows().stream().filter(f -> f.fundId().equals(fundId)).toList();
        var navs = family.valuations().stream().filter(v -> v.fundId().equals(fundId)).toList();
        LocalDate start = flows.stream().map(f -> f.date()).min(Comparator.naturalOrder()).orElse(asOf);
        List<Point> out = new ArrayList<>();
        BigDecimal committed = committed(fundId);
        for (LocalDate d = start; !d.isAfter(asOf); d = d.plusMonths(3)) {
            FundPerformance p = FundPerformance.of(committed, flows, navs, d, null);
            out.add(new Point(d, p.paidIn(), p.distributed(), p.nav(), p.distributed().subtract(p.paidIn()),
                    p.netIrr().hasRate() ? p.netIrr().rate() : null));
        }
        return out;
    }
}
