package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Distribution waterfalls. {@link #european} runs the whole fund's dated ledger through return of
 * capital, preferred return (accruing on unreturned capital from each contribution, simple or compound),
 * GP catch-up (full or partial) and the carry split. {@link #american} runs each deal on its own and
 * computes the clawback that brings the GP back to what the whole-fund waterfall allows.
 *
 * <p>Computed in double, reported in fen (0.01 yuan): the GP's share is rounded and the LP receives
 * the rest, so every distribution is allocated exactly.
 */
public final class Waterfall {

    public enum Tier { RETURN_OF_CAPITAL, PREFERRED_RETURN, CATCH_UP, CARRIED_INTEREST }

    public record TierAmount(Tier tier, BigDecimal lp, BigDecimal gp) {
    }

    /** How one distribution was shared, tier by tier. */
    public record Allocation(LocalDate date, BigDecimal proceeds, List<TierAmount> tiers) {
        public BigDecimal lp() {
            return tiers.stream().map(TierAmount::lp).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal gp() {
            return tiers.stream().map(TierAmount::gp).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A deal of an American waterfall: its contributions (positive amounts paid in) and proceeds. */
    public record Deal(String name, List<CashFlow> contributions, List<CashFlow> proceeds) {
    }

    public record AmericanResult(List<List<Allocation>> deals, BigDecimal gpDealByDeal, BigDecimal gpWholeFund, BigDecimal clawback) {
    }

    private Waterfall() {
    }

    /**
     * @param contributions capital paid in by the LPs, positive amounts
     * @param proceeds      cash to distribute, positive amounts
     */
    public static List<Allocation> european(List<CashFlow> contributions, List<CashFlow> proceeds, WaterfallTerms terms) {
        List<CashFlow> events = new ArrayList<>();
        contributions.forEach(c -> events.add(new CashFlow(c.date(), -Math.abs(c.amount()))));
        proceeds.forEach(p -> events.add(new CashFlow(p.date(), Math.abs(p.amount()))));
        // Same-day contributions are booked before same-day distributions.
        events.sort(Comparator.comparing(CashFlow::date).thenComparing(CashFlow::amount));
        State s = new State(terms);
        List<Allocation> out = new ArrayList<>();
        for (CashFlow e : events) {
            s.accrueTo(e.date());
            if (e.amount() < 0) {
                s.capital -= e.amount();
            } else {
                out.add(s.distribute(e.date(), e.amount()));
            }
        }
        return out;
    }

    public static AmericanResult american(List<Deal> deals, WaterfallTerms terms) {
        List<List<Allocation>> perDeal = new ArrayList<>();
        List<CashFlow> allIn = new ArrayList<>();
        List<CashFlow> allOut = new ArrayList<>();
        BigDecimal gp = BigDecimal.ZERO;
        for (Deal d : deals) {
            List<Allocation> a = european(d.contributions(), d.proceeds(), terms);
            perDeal.add(a);
            for (Allocation x : a) {
                gp = gp.add(x.gp());
            }
            allIn.addAll(d.contributions());
            allOut.addAll(d.proceeds());
        }
        BigDecimal whole = european(allIn, allOut, terms).stream().map(Allocation::gp).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal clawback = gp.subtract(whole).max(BigDecimal.ZERO);
        return new AmericanResult(perDeal, gp, whole, clawback);
    }

    private static BigDecimal fen(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The running ledger of one waterfall. */
    private static final class State {
        final WaterfallTerms terms;
        double capital;
        double prefUnpaid;
        double profitPaid;
        double gpPaid;
        LocalDate last;

        State(WaterfallTerms terms) {
            this.terms = terms;
        }

        void accrueTo(LocalDate date) {
            if (last != null && date.isAfter(last) && terms.hurdle() > 0) {
                double years = ChronoUnit.DAYS.between(last, date) / 365.0;
                if (terms.compound()) {
                    prefUnpaid = (capital + prefUnpaid) * Math.pow(1 + terms.hurdle(), years) - capital;
                } else {
                    prefUnpaid += capital * terms.hurdle() * years;
                }
            }
            if (last == null || date.isAfter(last)) {
                last = date;
            }
        }

        Allocation distribute(LocalDate date, double amount) {
            List<TierAmount> tiers = new ArrayList<>();
            double rest = amount;
            double roc = Math.min(rest, capital);
            capital -= roc;
            rest -= roc;
            tiers.add(new TierAmount(Tier.RETURN_OF_CAPITAL, fen(roc), BigDecimal.ZERO.setScale(2)));

            double pref = Math.min(rest, prefUnpaid);
            prefUnpaid -= pref;
            rest -= pref;
            profitPaid += pref;
            tiers.add(new TierAmount(Tier.PREFERRED_RETURN, fen(pref), BigDecimal.ZERO.setScale(2)));

            double c = terms.catchUp();
            double catchUp = 0;
            if (c > 0 && prefUnpaid <= 1e-9) {
                double owed = Math.max(0, (terms.carry() * profitPaid - gpPaid) / (c - terms.carry()));
                catchUp = Math.min(rest, owed);
            }
            rest -= catchUp;
            profitPaid += catchUp;
            gpPaid += c * catchUp;
            tiers.add(new TierAmount(Tier.CATCH_UP, fen((1 - c) * catchUp), fen(c * catchUp)));

            // Only profit beyond the hurdle is split; while pref is owed nothing reaches this tier.
            double split = prefUnpaid <= 1e-9 ? rest : 0;
            profitPaid += split;
            gpPaid += terms.carry() * split;
            tiers.add(new TierAmount(Tier.CARRIED_INTEREST, fen((1 - terms.carry()) * split), fen(terms.carry() * split)));

            // Each share is rounded to the fen on its own; a fen left over by rounding goes to the LPs in
            // the last tier that paid anything, so the allocation adds up to the proceeds exactly.
            BigDecimal total = tiers.stream().map(t -> t.lp().add(t.gp())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal diff = fen(amount).subtract(total);
            if (diff.signum() != 0) {
                int k = tiers.size() - 1;
                while (k > 0 && tiers.get(k).lp().signum() == 0 && tiers.get(k).gp().signum() == 0) {
                    k--;
                }
                TierAmount t = tiers.get(k);
                tiers.set(k, new TierAmount(t.tier(), t.lp().add(diff), t.gp()));
            }
            return new Allocation(date, fen(amount), tiers);
        }
    }
}
