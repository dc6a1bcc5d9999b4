package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fund's performance as of a date, from its ledger: what was paid in and out by then, the last NAV
 * on or before the date, the multiples, the net IRR (LP view: calls, fees and expenses in; distributions
 * and the NAV out) and, given an index, the KS-PME and Direct Alpha.
 *
 * @param valuationDate the date of the NAV used, or null when there was no valuation yet (NAV taken as 0)
 */
public record FundPerformance(LocalDate asOf, BigDecimal committed, BigDecimal paidIn, BigDecimal distributed,
                              BigDecimal nav, LocalDate valuationDate, Multiples multiples, IrrResult netIrr,
                              Double ksPme, IrrResult directAlpha) {

    public BigDecimal unfunded() {
        return committed.subtract(paidIn).max(BigDecimal.ZERO);
    }

    public static FundPerformance of(BigDecimal committed, List<FundFlow> flows, List<Valuation> valuations, LocalDate asOf,
                                     IndexSeries index) {
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        List<CashFlow> cash = new ArrayList<>();
        for (FundFlow f : flows) {
            if (f.date().isAfter(asOf)) {
                continue;
            }
            if (f.kind().paidIn()) {
                in = in.add(f.amount());
                cash.add(new CashFlow(f.date(), -f.amount().doubleValue()));
            } else {
                out = out.add(f.amount());
                cash.add(new CashFlow(f.date(), f.amount().doubleValue()));
            }
        }
        Valuation last = valuations.stream().filter(v -> !v.date().isAfter(asOf))
                .max(Comparator.comparing(Valuation::date)).orElse(null);
        BigDecimal nav = last == null ? BigDecimal.ZERO : last.nav();
        Multiples m = new Multiples(in.doubleValue(), out.doubleValue(), nav.doubleValue(), committed.doubleValue());
        List<CashFlow> withNav = new ArrayList<>(cash);
        withNav.add(new CashFlow(asOf, nav.doubleValue()));
        IrrResult irr = Irr.xirr(withNav);
        Double ks = null;
        IrrResult alpha = null;
        if (index != null && !cash.isEmpty()) {
            List<CashFlow> ordered = new ArrayList<>(cash);
            ordered.add(new CashFlow(asOf, 0));
            ordered.sort(Comparator.comparing(CashFlow::date));
            double[] levels = new double[ordered.size()];
            boolean covered = true;
            for (int i = 0; i < levels.length; i++) {
                levels[i] = index.level(ordered.get(i).date());
                covered &= levels[i] > 0;
            }
            if (covered) {
                Pme pme = Pme.dated(ordered, levels, nav.doubleValue());
                ks = pme.ksPme();
                alpha = pme.directAlpha();
            }
        }
        return new FundPerformance(asOf, committed, in, out, nav, last == null ? null : last.date(), m, irr, ks, alpha);
    }
}
