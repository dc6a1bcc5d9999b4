package org.xiandao.core.fund;

import java.util.Set;

/**
 * What a fund agreed to invest in, checked against its investments.
 *
 * @param industrySegments  segments (with everything below them) that count as the target industries
 * @param minIndustryShare  least share of invested capital in those segments
 * @param minEarlySmallHardShare least share of invested capital in early, small, hard-tech enterprises, as
 *                          the {@code early_small_hardtech} policy defines them at the investment date
 * @param reinvestMultiple  返投: Shanghai investments must reach this multiple of the fund's own commitment
 *                          counted as the fund counts them (see {@code reinvestCountsSubFundShanghai})
 * @param maxSingleCompanyShare most invested in one enterprise, as a share of fund size
 * @param parkCountsAs    the fund's counting rule for 返投: an investment in an enterprise of a listed park
 *                        counts this many times its amount (1 when parks get no extra weight); any other
 *                        enterprise registered in Shanghai counts once
 */
public record Mandate(Set<String> industrySegments, double minIndustryShare, double minEarlySmallHardShare,
                      double reinvestMultiple, double maxSingleCompanyShare, double parkCountsAs) {
    public Mandate {
        industrySegments = Set.copyOf(industrySegments);
        if (parkCountsAs < 0) {
            throw new IllegalArgumentException("a counting multiple cannot be negative");
        }
    }

    /** A mandate whose 返投 rule counts every Shanghai investment once. */
    public Mandate(Set<String> industrySegments, double minIndustryShare, double minEarlySmallHardShare,
                   double reinvestMultiple, double maxSingleCompanyShare) {
        this(industrySegments, minIndustryShare, minEarlySmallHardShare, reinvestMultiple, maxSingleCompanyShare, 1.0);
    }
}
