package org.xiandao.core.fund;

import java.util.List;

/**
 * Everything about a family of funds: the funds, their LPs and commitments, ledgers, valuations and
 * investments, and any ledger entries allocated to LPs other than pro rata.
 */
public record FundFamily(List<Fund> funds, List<Lp> lps, List<Commitment> commitments, List<FundFlow> flows,
                         List<Valuation> valuations, List<Investment> investments, List<FlowAllocation> allocations) {
    public FundFamily {
        funds = List.copyOf(funds);
        lps = List.copyOf(lps);
        commitments = List.copyOf(commitments);
        flows = List.copyOf(flows);
        valuations = List.copyOf(valuations);
        investments = List.copyOf(investments);
        allocations = List.copyOf(allocations);
    }

    /** A family whose every ledger entry is shared pro rata to commitments. */
    public FundFamily(List<Fund> funds, List<Lp> lps, List<Commitment> commitments, List<FundFlow> flows,
                      List<Valuation> valuations, List<Investment> investments) {
        this(funds, lps, commitments, flows, valuations, investments, List.of());
    }
}
