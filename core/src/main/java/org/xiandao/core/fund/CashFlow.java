package org.xiandao.core.fund;

import java.time.LocalDate;
import java.util.Objects;

/** A dated amount: negative is money paid in (a call), positive is money paid out (a distribution). */
public record CashFlow(LocalDate date, double amount) {
    public CashFlow {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number, was " + amount);
        }
    }
}
