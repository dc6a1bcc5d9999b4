package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fund's investment: in an enterprise (by credit code) or, for a mother fund, in a sub-fund
 * ({@code subFundId} set, {@code enterpriseCode} null).
 */
public record Investment(String fundId, String enterpriseCode, String subFundId, String round, LocalDate date,
                         BigDecimal amount, double ownership) {
}
