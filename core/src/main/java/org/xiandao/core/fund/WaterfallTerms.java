package org.xiandao.core.fund;

/**
 * The distribution terms of a fund's agreement.
 *
 * @param hurdle      preferred return per year (0.08), 0 for none (先回本后分利 without a hurdle)
 * @param compound    whether the preferred return compounds annually; otherwise simple interest
 * @param catchUp     the GP's share of cash in the catch-up tier: 1 for full catch-up, 0 for none
 * @param carry       the GP's carried interest share of profit (0.20)
 * @param feesInBase  whether management fees and expenses count as contributed capital (returned first and
 *                    earning the preferred return), as LP-friendly agreements provide; otherwise only calls do
 */
public record WaterfallTerms(double hurdle, boolean compound, double catchUp, double carry, boolean feesInBase) {

    /** Terms with fees inside the base. */
    public WaterfallTerms(double hurdle, boolean compound, double catchUp, double carry) {
        this(hurdle, compound, catchUp, carry, true);
    }

    public WaterfallTerms {
        if (hurdle < 0 || carry < 0 || carry >= 1 || catchUp < 0 || catchUp > 1) {
            throw new IllegalArgumentException("hurdle ≥ 0, 0 ≤ carry < 1 and 0 ≤ catch-up ≤ 1 are required");
        }
        if (catchUp > 0 && catchUp <= carry) {
            throw new IllegalArgumentException("a catch-up share must exceed the carry share, or the GP never catches up");
        }
    }

    /** The common 8% compound hurdle, full catch-up, 80/20 terms. */
    public static WaterfallTerms standard() {
        return new WaterfallTerms(0.08, true, 1.0, 0.20);
    }
}
