package org.xiandao.core.chain;

import java.util.List;

/**
 * A chain segment's health from the local enterprise pool: size, money, research, concentration, and
 * the weak-link components.
 *
 * @param enterprises  distinct local enterprises in the segment or below it
 * @param rdGrowth     last year's R&amp;D over the year before, minus one (the pool's only time series)
 * @param hhi          Herfindahl–Hirschman index of revenue among them
 * @param top1Share    revenue share of the largest; {@code top3Share} of the three largest
 * @param thinSuppliers the segment's direct suppliers whose weak-link score is above the threshold
 */
public record SegmentHealth(String code, String nameZh, String nameEn, Industry industry, ChainPosition position, int enterprises,
                            long revenue, long rdExpense, long staff, long equityRaised, double rdIntensity, double rdGrowth,
                            double hhi, double top1Share, double top3Share, List<String> suppliers, List<String> customers,
                            List<String> thinSuppliers, WeakLink weakLink) {
}
