package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One LP's part of a ledger entry, when the entry is not shared pro rata to commitments (a late closer's
 * equalisation call, a distribution in kind to some LPs). Identified by the entry's fund, date and kind.
 */
public record FlowAllocation(String fundId, LocalDate date, FlowKind kind, String lpId, BigDecimal amount) {
}
