package org.xiandao.core.synthetic;

/**
 * How enterprises of one second-level segment tend to look: how common they are, how much of their
 * revenue goes to R&amp;D, and how many earn nothing yet (pre-revenue biotech is common; foundries are
 * not). Figures are plausible orders of magnitude chosen for the synthetic population, not statistics.
 */
record SegmentProfile(String segment, double weight, double rdIntensity, double preRevenueShare, double revenuePerStaffYuan) {

    static final SegmentProfile[] ALL = {
        new SegmentProfile("IC-1", 2, 0.30, 0.10, 600_000),
        new SegmentProfile("IC-2", 10, 0.22, 0.15, 900_000),
        new SegmentProfile("IC-3", 1.5, 0.10, 0.05, 1_500_000),
        new SegmentProfile("IC-4", 3, 0.06, 0.02, 700_000),
        new SegmentProfile("IC-5", 3, 0.14, 0.08, 1_000_000),
        new SegmentProfile("IC-6", 3.5, 0.07, 0.05, 1_100_000),
        new SegmentProfile("BIO-1", 9, 0.45, 0.45, 1_200_000),
        new SegmentProfile("BIO-2", 3, 0.60, 0.60, 800_000),
        new SegmentProfile("BIO-3", 2.5, 0.60, 0.60, 800_000),
        new SegmentProfile("BIO-4", 2.5, 0.30, 0.30, 700_000),
        new SegmentProfile("BIO-5", 9, 0.12, 0.10, 900_000),
        new SegmentProfile("BIO-6", 4, 0.07, 0.03, 600_000),
        new SegmentProfile("BIO-7", 4, 0.09, 0.05, 900_000),
        new SegmentProfile("BIO-8", 1.5, 0.40, 0.40, 600_000),
        new SegmentProfile("AI-1", 2.5, 0.12, 0.05, 1_300_000),
        new SegmentProfile("AI-2", 3, 0.10, 0.05, 400_000),
        new SegmentProfile("AI-3", 1.5, 0.35, 0.20, 700_000),
        new SegmentProfile("AI-4", 2, 0.55, 0.30, 900_000),
        new SegmentProfile("AI-5", 4, 0.25, 0.10, 700_000),
        new SegmentProfile("AI-6", 18, 0.12, 0.08, 600_000),
        new SegmentProfile("AI-7", 6, 0.15, 0.10, 800_000),
    };
}
