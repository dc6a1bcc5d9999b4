package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fund's net asset value on a date, yuan. */
public record Valuation(String fundId, LocalDate date, BigDecimal nav) {
}
