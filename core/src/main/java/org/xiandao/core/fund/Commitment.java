package org.xiandao.core.fund;

import java.math.BigDecimal;

/** An LP's commitment to a fund, in yuan. Calls and distributions are shared pro rata to commitments. */
public record Commitment(String fundId, String lpId, BigDecimal amount) {
}
