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

    /**
     * As {@link #of(Commitment, BigDecimal, FundPerformance)}, but entries with explicit allocations give
     * this LP exactly its allocated amount; the others are shared pro rata. The NAV stays pro rata.
     */
    public static CapitalAccount of(Commitment c, BigDecimal totalCommitted, FundPerformance p, java.util.List<FundFlow> flows,
                                    java.util.List<FlowAllocation> allocations) {
        BigDecimal share = totalCommitted.signum() == 0 ? BigDecimal.ZERO
                : c.amount().divide(totalCommitted, 12, RoundingMode.HALF_EVEN);
        java.util.Map<String, java.util.List<FlowAllocation>> byEntry = new java.util.HashMap<>();
        for (FlowAllocation a : allocations) {
            if (a.fundId().equals(c.fundId())) {
                byEntry.computeIfAbsent(a.date() + "/" + a.kind(), k -> new java.util.ArrayList<>()).add(a);
            }
        }
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal distributed = BigDecimal.ZERO;
        for (FundFlow f : flows) {
            if (!f.fundId().equals(c.fundId()) || f.date().isAfter(p.asOf())) {
                continue;
            }
            java.util.List<FlowAllocation> explicit = byEntry.get(f.date() + "/" + f.kind());
            BigDecimal mine = explicit == null ? f.amount().multiply(share)
                    : explicit.stream().filter(a -> a.lpId().equals(c.lpId())).map(FlowAllocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (f.kind().paidIn()) {
                paid = paid.add(mine);
            } else {
                distributed = distributed.add(mine);
            }
        }
        paid = fen(paid);
        return new CapitalAccount(c.lpId(), c.amount(), share, paid, fen(distributed), fen(p.nav().multiply(share)),
                c.amount().subtract(paid).max(BigDecimal.ZERO));
    }

    private static BigDecimal fen(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }
}
