package org.xiandao.core.fund;

/** Kinds of ledger entry between a fund and its LPs. Calls, fees and expenses are paid in; distributions paid out. */
public enum FlowKind {
    CALL, DISTRIBUTION, FEE, EXPENSE;

    public boolean paidIn() {
        return this != DISTRIBUTION;
    }
}
