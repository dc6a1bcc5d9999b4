package org.xiandao.core.fund;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every rate r > −1 at which Σ aᵢ (1 + r)^(−tᵢ) = 0, for amounts aᵢ at times tᵢ (in years, or
 * periods). Works on g = 1 + r, so that rates within 1e-14 of −100% keep their precision, and on the
 * NPV scaled by its largest term, so that nothing overflows however small g gets.
 *
 * <p>Method: when the root is provably unique (the time-ordered amounts change sign once: Descartes'
 * rule of signs), Newton's method from the guess finds it, with bracketing and Brent's method as the
 * fallback. (Norström's running-total criterion was tried and dropped: it proves only that the positive
 * rate is unique, and [-50, -100, 600, 300, -100] also has one at -76.9%.) Otherwise the NPV is scanned on a
 * logarithmic grid of g from 1e-15 to 1e7, every sign change is solved with Brent's method, and all roots
 * are returned (two roots closer than one grid step, a factor of about 1.4 in g, can be seen as none).
 * Convergence uses a relative tolerance (the NPV residual against the size of the terms), never an
 * absolute one.
 */
final class RateSolver {

    private static final double G_MIN = 1e-15;
    private static final double G_MAX = 1e7;
    private static final int GRID = 160;

    private final double[] amounts;
    private final double[] times;
    private final double[] logAbs;
    private final int n;

    RateSolver(double[] times, double[] amounts) {
        this.n = amounts.length;
        this.amounts = amounts;
        this.times = times;
        this.logAbs = new double[n];
        for (int i = 0; i < n; i++) {
            logAbs[i] = amounts[i] == 0 ? Double.NEGATIVE_INFINITY : Math.log(Math.abs(amounts[i]));
        }
    }

    /** NPV at g divided by its largest absolute term: same sign and roots as the NPV, never overflowing. */
    double scaledNpv(double g) {
        double lg = Math.log(g);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double l = logAbs[i] - times[i] * lg;
            if (l > max) {
                max = l;
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (amounts[i] != 0) {
                sum += Math.copySign(Math.exp(logAbs[i] - times[i] * lg - max), amounts[i]);
            }
        }
        return sum;
    }

    /** |NPV| over Σ|terms| at g. */
    double relativeResidual(double g) {
        double lg = Math.log(g);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, logAbs[i] - times[i] * lg);
        }
        double sum = 0;
        double abs = 0;
        for (int i = 0; i < n; i++) {
            if (amounts[i] != 0) {
                double t = Math.exp(logAbs[i] - times[i] * lg - max);
                sum += Math.copySign(t, amounts[i]);
                abs += t;
            }
        }
        return abs == 0 ? 0 : Math.abs(sum) / abs;
    }

    IrrResult solve(double guess) {
        int positive = 0;
        int negative = 0;
        for (double a : amounts) {
            if (a > 0) {
                positive++;
            } else if (a < 0) {
                negative++;
            }
        }
        if (positive == 0 || negative == 0) {
            return new IrrResult(IrrResult.Status.NO_SIGN_CHANGE, null, List.of(), Double.NaN);
        }
        // Roots are found as g = 1 + r; the residual is measured at g, since g - 1 + 1 need not equal g.
        List<Double> gs;
        if (signChanges() == 1) {
            double g = newton(1 + guess);
            gs = g > 0 ? List.of(g) : single();
        } else {
            gs = scan();
        }
        if (gs.isEmpty()) {
            return new IrrResult(IrrResult.Status.NO_CONVERGENCE, null, List.of(), Double.NaN);
        }
        double bestG = gs.get(0);
        for (double g : gs) {
            if (Math.abs(g - 1 - guess) < Math.abs(bestG - 1 - guess)) {
                bestG = g;
            }
        }
        List<Double> roots = gs.stream().map(g -> g - 1).toList();
        return new IrrResult(roots.size() == 1 ? IrrResult.Status.CONVERGED : IrrResult.Status.MULTIPLE_ROOTS, bestG - 1, roots,
                relativeResidual(bestG));
    }

    /** Sign changes of the amounts in time order (zeros skipped). */
    private int signChanges() {
        Integer[] order = timeOrder();
        int changes = 0;
        double last = 0;
        for (int k = 0; k < n; k++) {
            double a = amounts[order[k]];
            if (a == 0) {
                continue;
            }
            if (last != 0 && Math.signum(a) != Math.signum(last)) {
                changes++;
            }
            last = a;
        }
        return changes;
    }

    private Integer[] timeOrder() {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        return order;
    }

    /**
     * Newton's method on g with the analytic derivative; returns the root, or -1 when it does not
     * converge to a relative residual of 1e-12 within 50 steps (the caller then brackets).
     */
    private double newton(double g) {
        for (int iter = 0; iter < 50 && g > 0 && Double.isFinite(g); iter++) {
            double f = 0;
            double df = 0;
            double abs = 0;
            for (int i = 0; i < n; i++) {
                double term = amounts[i] * Math.pow(g, -times[i]);
                f += term;
                abs += Math.abs(term);
                df -= times[i] * term / g;
            }
            if (!Double.isFinite(f) || !Double.isFinite(df) || df == 0) {
                return -1;
            }
            if (Math.abs(f) <= 1e-12 * abs) {
                return g;
            }
            double next = g - f / df;
            // Never step to or past g = 0 (a rate of -100%): halve the distance instead.
            g = next > 0 ? next : g / 2;
        }
        return -1;
    }

    /** One root guaranteed: expand a bracket from g = 1.1 outward, then solve it. */
    private List<Double> single() {
        double lo = 1.1;
        double flo = scaledNpv(lo);
        if (flo == 0) {
            return List.of(lo);
        }
        // Walk up and down in factors of 2 (in g) until the sign changes.
        double hi = lo;
        double fhi = flo;
        double down = lo;
        double fdown = flo;
        while (true) {
            if (hi < G_MAX) {
                double next = Math.min(G_MAX, hi * 2);
                double f = scaledNpv(next);
                if (Math.signum(f) != Math.signum(fhi) || f == 0) {
                    return List.of(brent(hi, next, fhi, f));
                }
                hi = next;
                fhi = f;
            }
            if (down > G_MIN) {
                double next = Math.max(G_MIN, down / 2);
                double f = scaledNpv(next);
                if (Math.signum(f) != Math.signum(fdown) || f == 0) {
                    return List.of(brent(next, down, f, fdown));
                }
                down = next;
                fdown = f;
            }
            if (hi >= G_MAX && down <= G_MIN) {
                return List.of();
            }
        }
    }

    /**
     * Scans the NPV on a geometric grid of g. On such a grid each term changes by a fixed factor from one
     * point to the next, so a step costs one multiplication per flow instead of an exponential; the terms
     * are rescaled by a power of two whenever they grow or shrink far, which leaves every sign exact.
     */
    private List<Double> scan() {
        List<Double> roots = new ArrayList<>();
        double lmin = Math.log(G_MIN);
        double step = (Math.log(G_MAX) - lmin) / GRID;
        double[] term = new double[n];
        double[] factor = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, logAbs[i] - times[i] * lmin);
        }
        for (int i = 0; i < n; i++) {
            term[i] = amounts[i] == 0 ? 0 : Math.copySign(Math.exp(logAbs[i] - times[i] * lmin - max), amounts[i]);
            factor[i] = Math.exp(-times[i] * step);
        }
        double prevG = G_MIN;
        double prevF = sum(term);
        for (int k = 1; k <= GRID; k++) {
            double big = 0;
            for (int i = 0; i < n; i++) {
                term[i] *= factor[i];
                big = Math.max(big, Math.abs(term[i]));
            }
            if (big > 0x1p200 || (big < 0x1p-200 && big > 0)) {
                double scale = Math.scalb(1.0, -Math.getExponent(big));
                for (int i = 0; i < n; i++) {
                    term[i] *= scale;
                }
            }
            double g = Math.exp(lmin + step * k);
            double f = sum(term);
            if (prevF == 0) {
                roots.add(prevG);
            } else if (f != 0 && Math.signum(f) != Math.signum(prevF)) {
                roots.add(brent(prevG, g, scaledNpv(prevG), scaledNpv(g)));
            }
            prevG = g;
            prevF = f;
        }
        if (prevF == 0) {
            roots.add(prevG);
        }
        return roots;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** Brent's method on a bracket [a, b] with f(a), f(b) of opposite signs; returns g. */
    private double brent(double a, double b, double fa, double fb) {
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int iter = 0; iter < 200; iter++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(b) + 1e-16 * Math.abs(b);
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            } else {
                d = m;
                e = m;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : Math.copySign(tol, m);
            fb = scaledNpv(b);
        }
        return b;
    }
}
