package org.xiandao.core.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.xiandao.core.chain.Industry;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.fund.Commitment;
import org.xiandao.core.fund.FeeBasis;
import org.xiandao.core.fund.WaterfallType;
import org.xiandao.core.fund.FlowKind;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundFlow;
import org.xiandao.core.fund.FundKind;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.fund.Lp;
import org.xiandao.core.fund.LpType;
import org.xiandao.core.fund.Mandate;
import org.xiandao.core.fund.Valuation;
import org.xiandao.core.fund.WaterfallTerms;

/**
 * A synthetic family of guidance funds for the demo: three mother funds for IC, biomedicine and AI, sized
 * like Shanghai's 2024 mother funds (450.01, 215.01 and 225.01 亿元) but invented in every other respect,
 * each committing to sub-funds that invest in the synthetic enterprises of their industry. Quarterly
 * calls, fees, distributions and valuations trace a J-curve. Every fund and LP is marked synthetic; none
 * is a real fund.
 */
public final class SyntheticFundFamily {

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    private static final LocalDate FIRST_CLOSE = LocalDate.of(2016, 7, 1);

    private final Taxonomy taxonomy;
    private final long seed;

    public SyntheticFundFamily(Taxonomy taxonomy, long seed) {
        this.taxonomy = taxonomy;
        this.seed = seed;
    }

    /**
     * @param enterprises candidates for investment (the synthetic population, or a sample of it)
     * @param subFundsPerMother sub-funds under each mother fund
     * @param investmentsPerSubFund enterprise investments per sub-fund
     * @param asOf nothing is dated after this day
     */
    public FundFamily generate(List<Enterprise> enterprises, int subFundsPerMother, int investmentsPerSubFund, LocalDate asOf) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Fund> funds = new ArrayList<>();
        List<Lp> lps = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        List<FundFlow> flows = new ArrayList<>();
        List<Valuation> valuations = new ArrayList<>();
        List<Investment> investments = new ArrayList<>();

        Lp government = new Lp("LP-GOV", "示例市级财政出资（合成） Synthetic municipal budget LP", LpType.GOVERNMENT_BUDGET, true);
        Lp stateOwned = new Lp("LP-SOE", "示例国有资本投资公司（合成） Synthetic state capital investor", LpType.STATE_OWNED, true);
        Lp park = new Lp("LP-PARK", "示例园区开发公司（合成） Synthetic park developer", LpType.PARK_DEVELOPER, true);
        Lp insurer = new Lp("LP-INS", "示例保险资金（合成） Synthetic insurer", LpType.INSURER, true);
        Lp pension = new Lp("LP-PEN", "示例养老金（合成） Synthetic pension fund", LpType.PENSION, true);
        Lp privateLp = new Lp("LP-PRV", "示例社会资本（合成） Synthetic private capital", LpType.PRIVATE, true);
        lps.addAll(List.of(government, stateOwned, park, insurer, pension, privateLp));

        Object[][] mothers = {
            {Industry.IC, "450.01", "集成电路"}, {Industry.BIO, "215.01", "生物医药"}, {Industry.AI, "225.01", "人工智能"}};
        for (Object[] m : mothers) {
            Industry industry = (Industry) m[0];
            BigDecimal size = new BigDecimal((String) m[1]).multiply(YI).setScale(2, RoundingMode.HALF_EVEN);
            String motherId = "MF-" + industry.name();
            Mandate motherMandate = new Mandate(Set.of(industry.rootCode()), 0.8, 0.3, 1.5, 0.2);
            funds.add(new Fund(motherId, "示例" + m[2] + "母基金（合成）", "Synthetic " + industry.nameEn() + " mother fund", FundKind.MOTHER,
                    null, "示例母基金管理人（合成）", 2016, FIRST_CLOSE, 8, 2, 15, 0.005, new WaterfallTerms(0.06, false, 0, 0.1), size,
                    motherMandate, true));
            lps.add(new Lp(motherId, "Synthetic " + industry.nameEn() + " mother fund (as LP)", LpType.FUND, true));
            commitments.add(new Commitment(motherId, government.id(), pct(size, 50)));
            commitments.add(new Commitment(motherId, stateOwned.id(), pct(size, 30)));
            commitments.add(new Commitment(motherId, park.id(), pct(size, 10)));
            commitments.add(new Commitment(motherId, insurer.id(), size.subtract(pct(size, 50)).subtract(pct(size, 30)).subtract(pct(size, 10))));

            List<Enterprise> pool = enterprises.stream()
                    .filter(e -> taxonomy.industriesOf(e.segments().get(0)).contains(industry)).toList();
            Map<LocalDate, double[]> motherCash = new HashMap<>();
            for (int k = 0; k < subFundsPerMother; k++) {
                String id = motherId + "-S" + String.format("%02d", k + 1);
                LocalDate close = FIRST_CLOSE.plusMonths(3L * r.nextInt(28));
                BigDecimal subSize = BigDecimal.valueOf(10 + r.nextInt(50)).multiply(YI).setScale(2, RoundingMode.HALF_EVEN);
                Fund sub = new Fund(id, "示例" + m[2] + "子基金" + (k + 1) + "号（合成）", "Synthetic " + industry.nameEn() + " sub-fund " + (k + 1),
                        FundKind.SUB_FUND, motherId, "示例GP" + (k + 1) + "（合成）", close.getYear(), close, 5, 2, 10, 0.02,
                        WaterfallTerms.standard(), subSize, new Mandate(Set.of(industry.rootCode()), 0.8, 0.5, 1.5, 0.1, 1.2), true,
                        FeeBasis.COMMITTED, k % 5 == 4 ? WaterfallType.AMERICAN : WaterfallType.EUROPEAN);
                funds.add(sub);
                BigDecimal motherShare = pct(subSize, 30);
                commitments.add(new Commitment(id, motherId, motherShare));
                commitments.add(new Commitment(id, stateOwned.id(), pct(subSize, 20)));
                commitments.add(new Commitment(id, r.nextBoolean() ? park.id() : pension.id(), pct(subSize, 10)));
                commitments.add(new Commitment(id, privateLp.id(), subSize.subtract(motherShare).subtract(pct(subSize, 20)).subtract(pct(subSize, 10))));
                investments.add(new Investment(motherId, null, id, "FUND", close, motherShare, 0.3));
                subFundBooks(r, sub, pool, investmentsPerSubFund, asOf, flows, valuations, investments, motherCash, 0.3);
            }
            motherBooks(motherId, size, motherCash, asOf, flows, valuations);
        }
        return new FundFamily(funds, lps, commitments, flows, valuations, investments);
    }

    private static BigDecimal pct(BigDecimal v, int percent) {
        return v.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(Math.round(v * 100) / 100.0).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Quarterly books of one sub-fund: investments paced over the investment period, fees, exits later, NAV on a J-curve. */
    private void subFundBooks(SplittableRandom r, Fund sub, List<Enterprise> pool, int count, LocalDate asOf, List<FundFlow> flows,
                              List<Valuation> valuations, List<Investment> investments, Map<LocalDate, double[]> motherCash, double motherShare) {
        double size = sub.size().doubleValue();
        double deploy = size * (0.75 + 0.15 * r.nextDouble());
        double quality = Math.exp(0.35 * r.nextGaussian());
        List<LocalDate> dates = new ArrayList<>();
        for (int q = 0; q < 40; q++) {
            LocalDate d = sub.firstClose().plusMonths(3L * q);
            if (d.isAfter(asOf)) {
                break;
            }
            dates.add(d);
        }
        // Investment dates spread over the 5-year investment period.
        double[] invested = new double[dates.size()];
        for (int i = 0; i < count; i++) {
            int q = r.nextInt(20);
            if (q >= dates.size() || pool.isEmpty()) {
                continue;
            }
            LocalDate d = dates.get(q);
            // An investment needs a firm that existed by then; young firms are common, so draw again.
            Enterprise e = pool.get(r.nextInt(pool.size()));
            for (int tries = 0; tries < 30 && e.founded().isAfter(d); tries++) {
                e = pool.get(r.nextInt(pool.size()));
            }
            if (e.founded().isAfter(d)) {
                continue;
            }
            double amount = deploy / count * Math.exp(0.5 * r.nextGaussian());
            invested[q] += amount;
            investments.add(new Investment(sub.id(), e.code().value(), null, e.stage().name(), d, yuan(amount), Math.min(0.3, 0.02 + 0.1 * r.nextDouble())));
        }
        double cumulativeInvested = 0;
        double cumulativeDistributed = 0;
        for (int q = 0; q < dates.size(); q++) {
            LocalDate d = dates.get(q);
            double years = q / 4.0;
            double fee = years < 5 ? size * sub.feeRate() / 4 : cumulativeInvested * 0.01 / 4;
            double call = invested[q] + fee;
            cumulativeInvested += invested[q];
            flows.add(new FundFlow(sub.id(), d, FlowKind.CALL, yuan(invested[q])));
            flows.add(new FundFlow(sub.id(), d, FlowKind.FEE, yuan(fee)));
            // Portfolio value: below cost at first, then growing with the fund's quality.
            // A fund's quality shows only as its portfolio matures, which makes the early dip (the J) universal.
            double multiple = (0.82 + 0.13 * Math.max(0, years - 1.5)) * Math.pow(quality, Math.min(years, 5) / 5)
                    * Math.exp(0.03 * r.nextGaussian());
            double gross = cumulativeInvested * Math.min(multiple, 3.5);
            double distribution = years >= 4 ? Math.max(0, gross - cumulativeDistributed) * (0.04 + 0.02 * r.nextDouble()) : 0;
            cumulativeDistributed += distribution;
            if (distribution > 0) {
                flows.add(new FundFlow(sub.id(), d, FlowKind.DISTRIBUTION, yuan(distribution)));
            }
            double nav = Math.max(0, gross - cumulativeDistributed);
            valuations.add(new Valuation(sub.id(), d, yuan(nav)));
            double[] m = motherCash.computeIfAbsent(d, k -> new double[3]);
            m[0] += call * motherShare;
            m[1] += distribution * motherShare;
            m[2] += nav * motherShare;
        }
    }

    /** The mother fund's books: its share of its sub-funds' calls, distributions and values, plus its own fee. */
    private static void motherBooks(String motherId, BigDecimal size, Map<LocalDate, double[]> cash, LocalDate asOf,
                                    List<FundFlow> flows, List<Valuation> valuations) {
        double fee = size.doubleValue() * 0.005 / 4;
        double nav = 0;
        for (LocalDate d : new java.util.TreeSet<>(cash.keySet())) {
            double[] c = cash.get(d);
            flows.add(new FundFlow(motherId, d, FlowKind.CALL, yuan(c[0])));
            if (d.isBefore(FIRST_CLOSE.plusYears(8))) {
                flows.add(new FundFlow(motherId, d, FlowKind.FEE, yuan(fee)));
            }
            if (c[1] > 0) {
                flows.add(new FundFlow(motherId, d, FlowKind.DISTRIBUTION, yuan(c[1])));
            }
            nav = c[2];
            valuations.add(new Valuation(motherId, d, yuan(nav)));
        }
    }
}
