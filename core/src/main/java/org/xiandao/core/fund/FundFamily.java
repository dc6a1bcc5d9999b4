package org.xiandao.core.fund;

import java.util.List;

/** Everything about a family of funds: the funds, their LPs and commitments, ledgers, valuations and investments. */
public record FundFamily(List<Fund> funds, List<Lp> lps, List<Commitment> commitments, List<FundFlow> flows,
                         List<Valuation> valuations, List<Investment> investments) {
    public FundFamily {
        funds = List.copyOf(funds);
        lps = List.copyOf(lps);
        commitments = List.copyOf(commitments);
        flows = List.copyOf(flows);
        valuations = List.copyOf(valuations);
        investments = List.copyOf(investments);
    }
}
