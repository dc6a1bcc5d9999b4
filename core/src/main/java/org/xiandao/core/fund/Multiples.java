package org.xiandao.core.fund;

/**
 * The GIPS multiples of a fund or an LP's position.
 *
 * @param paidIn      capital contributed
 * @param distributed cash and stock distributed
 * @param nav         residual value
 * @param committed   total commitment, drawn and undrawn (0 when unknown: then PIC is NaN)
 */
public record Multiples(double paidIn, double distributed, double nav, double committed) {

    /** Distributions over paid-in. */
    public double dpi() {
        return distributed / paidIn;
    }

    /** Residual value over paid-in. */
    public double rvpi() {
        return nav / paidIn;
    }

    /** (Distributions + residual value) over paid-in. */
    public double tvpi() {
        return (distributed + nav) / paidIn;
    }

    /** Paid-in over committed. */
    public double pic() {
        return committed == 0 ? Double.NaN : paidIn / committed;
    }

    /** From signed flows (negative = paid in, positive = distributed) and a residual value. */
    public static Multiples of(double[] amounts, double nav, double committed) {
        double in = 0;
        double out = 0;
        for (double a : amounts) {
            if (a < 0) {
                in -= a;
            } else {
                out += a;
            }
        }
        return new Multiples(in, out, nav, committed);
    }
}
