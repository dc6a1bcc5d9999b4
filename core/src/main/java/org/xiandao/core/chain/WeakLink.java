package org.xiandao.core.chain;

/**
 * Why a segment is a weak link, component by component, each between 0 (strong) and 1 (weak). The score
 * is their weighted sum with the weights named here, so a reader can redo it.
 *
 * @param thinness      few local enterprises: 1 − ln(1 + n) / ln(1 + n_max) over the chain's segments
 * @param concentration the Herfindahl–Hirschman index of local revenue (1 = one firm has it all)
 * @param rdGap         R&amp;D intensity below the industry's median segment, as a share of that median
 * @param dependence    how many segments its output reaches downstream, over the most any segment reaches
 */
public record WeakLink(double score, double thinness, double concentration, double rdGap, double dependence) {

    public static final double W_THINNESS = 0.35;
    public static final double W_CONCENTRATION = 0.25;
    public static final double W_RD_GAP = 0.15;
    public static final double W_DEPENDENCE = 0.25;

    public static WeakLink of(double thinness, double concentration, double rdGap, double dependence) {
        double score = W_THINNESS * thinness + W_CONCENTRATION * concentration + W_RD_GAP * rdGap + W_DEPENDENCE * dependence;
        return new WeakLink(score, thinness, concentration, rdGap, dependence);
    }
}
