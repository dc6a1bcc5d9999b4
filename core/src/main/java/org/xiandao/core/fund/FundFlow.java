package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A ledger entry between a fund and its LPs as a whole, a positive amount in yuan. */
public record FundFlow(String fundId, LocalDate date, FlowKind kind, BigDecimal amount) {
}
