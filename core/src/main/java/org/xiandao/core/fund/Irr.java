package org.xiandao.core.fund;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Internal rates of return and net present values.
 *
 * <p>{@link #xirr} and {@link #xnpv} follow Excel's convention: actual days over 365, counted from the
 * earliest date. Flows may come in any order. {@link #irr} is the periodic IRR (one flow per period).
 */
public final class Irr {

    /** Excel's default guess; among several roots the one nearest it is chosen. */
    public static final double DEFAULT_GUESS = 0.1;

    private Irr() {
    }

    public static IrrResult xirr(List<CashFlow> flows) {
        return xirr(flows, DEFAULT_GUESS);
    }

    public static IrrResult xirr(List<CashFlow> flows, double guess) {
        if (flows.isEmpty()) {
            return new IrrResult(IrrResult.Status.NO_SIGN_CHANGE, null, List.of(), Double.NaN);
        }
        double[] t = new double[flows.size()];
        double[] a = new double[flows.size()];
        LocalDate first = flows.stream().map(CashFlow::date).min(LocalDate::compareTo).orElseThrow();
        for (int i = 0; i < flows.size(); i++) {
            t[i] = ChronoUnit.DAYS.between(first, flows.get(i).date()) / 365.0;
            a[i] = flows.get(i).amount();
        }
        return new RateSolver(t, a).solve(guess);
    }

    /** XIRR over parallel arrays: day offsets from any origin, and amounts. */
    public static IrrResult xirr(int[] days, double[] amounts) {
        int min = Integer.MAX_VALUE;
        for (int d : days) {
            min = Math.min(min, d);
        }
        double[] t = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            t[i] = (days[i] - min) / 365.0;
        }
        return new RateSolver(t, amounts).solve(DEFAULT_GUESS);
    }

    /** The periodic IRR of equally spaced flows, the first at period 0. */
    public static IrrResult irr(double... amounts) {
        double[] t = new double[amounts.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return new RateSolver(t, amounts).solve(DEFAULT_GUESS);
    }

    /** Σ aᵢ / (1 + rate)^((dᵢ − d₀)/365), d₀ the earliest date. */
    public static double xnpv(double rate, List<CashFlow> flows) {
        if (rate <= -1) {
            throw new IllegalArgumentException("a rate must be above -100%, was " + rate);
        }
        LocalDate first = flows.stream().map(CashFlow::date).min(LocalDate::compareTo).orElseThrow();
        double sum = 0;
        for (CashFlow f : flows) {
            sum += f.amount() / Math.pow(1 + rate, ChronoUnit.DAYS.between(first, f.date()) / 365.0);
        }
        return sum;
    }

    /** Σ aᵢ / (1 + rate)^i, the first flow undiscounted. */
    public static double npv(double rate, double... amounts) {
        double sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            sum += amounts[i] / Math.pow(1 + rate, i);
        }
        return sum;
    }

    /**
     * The modified IRR of periodic flows: outflows discounted at {@code financeRate} to period 0, inflows
     * compounded at {@code reinvestRate} to the last period. NaN when either side is empty.
     */
    public static double mirr(double financeRate, double reinvestRate, double... amounts) {
        int n = amounts.length - 1;
        double pvOut = 0;
        double fvIn = 0;
        for (int i = 0; i <= n; i++) {
            if (amounts[i] < 0) {
                pvOut += amounts[i] / Math.pow(1 + financeRate, i);
            } else {
                fvIn += amounts[i] * Math.pow(1 + reinvestRate, n - i);
            }
        }
        if (pvOut == 0 || fvIn == 0 || n == 0) {
            return Double.NaN;
        }
        return Math.pow(fvIn / -pvOut, 1.0 / n) - 1;
    }
}
