package org.xiandao.core.fund;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Public-market equivalents: how a fund did against an index, for flows with the index level on each
 * flow's date and the fund's NAV at the last date. Rates come from the same solver as XIRR, over years
 * (dated flows) or periods (periodic flows), and carry its status and roots.
 *
 * <p>Direct Alpha is an excess annual rate over the index, not a PME IRR: a fund at 6.4% IRR against an
 * index replica at 5.3% can show an alpha near 1.1%.
 */
public final class Pme {

    private final double[] times;
    private final double[] amounts;
    private final double[] index;
    private final double nav;
    private final int last;

    private Pme(double[] times, double[] amounts, double[] index, double nav) {
        if (amounts.length == 0 || amounts.length != index.length || times.length != amounts.length) {
            throw new IllegalArgumentException("flows and index levels must be non-empty and of equal length");
        }
        for (double i : index) {
            if (!(i > 0)) {
                throw new IllegalArgumentException("index levels must be positive, found " + i);
            }
        }
        this.times = times;
        this.amounts = amounts;
        this.index = index;
        this.nav = nav;
        this.last = amounts.length - 1;
    }

    /** One flow per period (the last period holds the valuation date), times 0, 1, 2, … */
    public static Pme periodic(double[] amounts, double[] index, double nav) {
        double[] t = new double[amounts.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return new Pme(t, amounts, index, nav);
    }

    /** Dated flows, actual days over 365 from the earliest; the NAV is at the last date. */
    public static Pme dated(List<CashFlow> flows, double[] index, double nav) {
        LocalDate first = flows.stream().map(CashFlow::date).min(LocalDate::compareTo).orElseThrow();
        double[] t = new double[flows.size()];
        double[] a = new double[flows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = ChronoUnit.DAYS.between(first, flows.get(i).date()) / 365.0;
            a[i] = flows.get(i).amount();
        }
        return new Pme(t, a, index, nav);
    }

    private double growth(int i) {
        return index[last] / index[i];
    }

    private IrrResult irr(double[] flows) {
        return new RateSolver(times, flows).solve(Irr.DEFAULT_GUESS);
    }

    /** The fund's own IRR with its NAV as the final value. */
    public IrrResult fundIrr() {
        double[] f = amounts.clone();
        f[last] += nav;
        return irr(f);
    }

    /** Kaplan–Schoar: index-compounded distributions plus NAV over index-compounded contributions. */
    public double ksPme() {
        double fvC = 0;
        double fvD = 0;
        for (int i = 0; i <= last; i++) {
            if (amounts[i] < 0) {
                fvC -= amounts[i] * growth(i);
            } else {
                fvD += amounts[i] * growth(i);
            }
        }
        return (fvD + nav) / fvC;
    }

    /** The index replica's value at the end under Long–Nickels: Σ (C − D)·I_T/I_t. */
    public double lnNav() {
        double v = 0;
        for (int i = 0; i <= last; i++) {
            v -= amounts[i] * growth(i);
        }
        return v;
    }

    /** Long–Nickels: the IRR of the fund's flows with the index replica's value in place of the NAV. */
    public IrrResult lnPme() {
        double[] f = amounts.clone();
        f[last] += lnNav();
        return irr(f);
    }

    /** PME+ scaling factor: distributions scaled so the index replica ends at the fund's NAV. */
    public double pmePlusLambda() {
        double c = 0;
        double d = 0;
        for (int i = 0; i <= last; i++) {
            if (amounts[i] < 0) {
                c -= amounts[i] * growth(i);
            } else {
                d += amounts[i] * growth(i);
            }
        }
        return (c - nav) / d;
    }

    /** PME+ (Rouvinez): the IRR of contributions and λ-scaled distributions, with the NAV at the end. */
    public IrrResult pmePlus() {
        double lambda = pmePlusLambda();
        double[] f = new double[amounts.length];
        for (int i = 0; i <= last; i++) {
            f[i] = amounts[i] < 0 ? amounts[i] : lambda * amounts[i];
        }
        f[last] += nav;
        return irr(f);
    }

    /**
     * mPME (Cambridge Associates): distributions taken from the index replica in the proportion the fund
     * distributed of its value. Needs the fund's NAV after each flow.
     */
    public IrrResult mPme(double[] navSeries) {
        if (navSeries.length != amounts.length) {
            throw new IllegalArgumentException("mPME needs a NAV after every flow");
        }
        double replica = 0;
        double[] f = new double[amounts.length];
        for (int i = 0; i <= last; i++) {
            double c = amounts[i] < 0 ? -amounts[i] : 0;
            double d = amounts[i] > 0 ? amounts[i] : 0;
            double grown = (i == 0 ? 0 : replica * index[i] / index[i - 1]) + c;
            double w = d + navSeries[i] == 0 ? 0 : d / (d + navSeries[i]);
            f[i] = -c + w * grown;
            replica = (1 - w) * grown;
        }
        f[last] += replica;
        return irr(f);
    }

    /** Direct Alpha (Gredil, Griffiths, Stucke): the IRR of index-compounded flows plus NAV; discrete rate. */
    public IrrResult directAlpha() {
        double[] f = new double[amounts.length];
        for (int i = 0; i <= last; i++) {
            f[i] = amounts[i] * growth(i);
        }
        f[last] += nav;
        return irr(f);
    }
}
