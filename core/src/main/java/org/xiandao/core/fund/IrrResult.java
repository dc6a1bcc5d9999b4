package org.xiandao.core.fund;

import java.util.List;

/**
 * The outcome of solving for an internal rate of return. Never a bare NaN: when there is no rate the
 * status says why, and when there are several every one is listed.
 *
 * @param rate     the chosen rate (the root nearest the guess, 10% by default, as Excel and pyxirr
 *                 choose), or {@code null} when there is none
 * @param roots    every root found, ascending
 * @param residual |NPV(rate)| relative to the sum of the absolute discounted flows, for the chosen rate
 */
public record IrrResult(Status status, Double rate, List<Double> roots, double residual) {

    public enum Status {
        /** Exactly one rate. */
        CONVERGED,
        /** Several rates make NPV zero; {@code rate} is the one nearest the guess. */
        MULTIPLE_ROOTS,
        /** All flows have one sign (or are zero): no rate exists. */
        NO_SIGN_CHANGE,
        /** Flows change sign but no rate above −100% was found to working precision. */
        NO_CONVERGENCE
    }

    public IrrResult {
        roots = List.copyOf(roots);
    }

    public boolean hasRate() {
        return rate != null;
    }
}
