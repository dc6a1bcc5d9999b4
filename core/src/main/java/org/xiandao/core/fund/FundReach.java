package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Which funds of a family have invested directly in a set of enterprises (a park's, a segment's), and how much. */
public final class FundReach {

    /** A fund's direct investments in the set. */
    public record FundPresence(String fundId, String nameZh, String nameEn, int investments, int enterprises, BigDecimal amount) {
    }

    private FundReach() {
    }

    /** The funds investing in {@code enterpriseCodes}, largest amount first. */
    public static List<FundPresence> of(Set<String> enterpriseCodes, FundFamily family) {
        Map<String, Fund> funds = new HashMap<>();
        family.funds().forEach(f -> funds.put(f.id(), f));
        Map<String, List<Investment>> byFund = new TreeMap<>();
        for (Investment inv : family.investments()) {
            if (inv.enterpriseCode() != null && enterpriseCodes.contains(inv.enterpriseCode())) {
                byFund.computeIfAbsent(inv.fundId(), k -> new ArrayList<>()).add(inv);
            }
        }
        List<FundPresence> presence = new ArrayList<>();
        byFund.forEach((id, list) -> {
            Fund f = funds.get(id);
            presence.add(new FundPresence(id, f == null ? id : f.nameZh(), f == null ? id : f.nameEn(), list.size(),
                    (int) list.stream().map(Investment::enterpriseCode).distinct().count(),
                    list.stream().map(Investment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        });
        presence.sort(Comparator.comparing(FundPresence::amount).reversed().thenComparing(FundPresence::fundId));
        return List.copyOf(presence);
    }
}
