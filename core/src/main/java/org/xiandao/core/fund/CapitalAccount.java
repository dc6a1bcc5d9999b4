package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One LP's capital account in one fund as of a date: its commitment and its pro-rata share of what the
 * fund called, distributed and is worth.
 */
public record CapitalAccount(String lpId, BigDecimal commitment, BigDecimal share, BigDecimal paidIn,
                             BigDecimal distributed, BigDecimal nav, BigDecimal unfunded) {

    public static CapitalAccount of(Commitment c, BigDecimal totalCommitted, FundPerformance p) {
        BigDecimal share = totalCommitted.signum() == 0 ? BigDecimal.ZERO
                : c.amount().divide(totalCommitted, 12, RoundingMode.HALF_EVEN);
        BigDecimal paid = fen(p.paidIn().multiply(share));
        return new CapitalAccount(c.lpId(), c.amount(), share, paid, fen(p.distributed().multiply(share)), fen(p.nav().multiply(share)),
                c.amount().subtract(paid).max(BigDecimal.ZERO));
    }

    private static BigDecimal fen(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }
}
