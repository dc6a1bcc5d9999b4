package org.xiandao.core.park;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundReach;
import org.xiandao.core.fund.FundReach.FundPresence;
import org.xiandao.core.fund.LookThrough;

/**
 * One park's ecology from the enterprise pool and the fund family: how many enterprises it holds, their
 * funding stages and main second-level segments, and which funds have invested in them and how much.
 * Pure: the caller supplies the population and the family.
 */
public final class ParkEcology {

    /**
     * @param byStage   enterprises by funding stage, in the order of {@link org.xiandao.core.enterprise.FundingStage}
     * @param bySegment enterprises in each second-level segment (in it or below it; an enterprise in several counts in each)
     * @param funds     funds investing in the park's enterprises, by amount, largest first
     */
    public record Profile(String park, long enterprises, Map<String, Long> byStage, Map<String, Long> bySegment,
                          List<FundPresence> funds) {
    }

    private ParkEcology() {
    }

    public static Profile of(String parkCode, Population population, Taxonomy taxonomy, FundFamily family) {
        String[] parks = population.texts("park");
        String[] stages = population.texts("funding_stage");
        Map<String, Long> byStage = new TreeMap<>();
        Map<String, Long> bySegment = new TreeMap<>();
        Map<String, String> secondLevel = new HashMap<>();
        java.util.Set<String> members = new java.util.HashSet<>();
        long n = 0;
        for (int i = 0; i < population.size(); i++) {
            if (!parkCode.equals(parks[i])) {
                continue;
            }
            n++;
            members.add(population.code(i));
            byStage.merge(stages[i] == null ? "UNKNOWN" : stages[i], 1L, Long::sum);
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (int k = population.segmentStart(i); k < population.segmentEnd(i); k++) {
                int id = population.segmentId(k);
                if (id >= 0) {
                    groups.add(secondLevel.computeIfAbsent(population.segmentCodes().get(id), c -> LookThrough.secondLevel(taxonomy, c)));
                }
            }
            groups.forEach(g -> bySegment.merge(g, 1L, Long::sum));
        }
        List<FundPresence> presence = FundReach.of(members, family);
        Map<String, Long> stagesInOrder = new java.util.LinkedHashMap<>();
        for (org.xiandao.core.enterprise.FundingStage st : org.xiandao.core.enterprise.FundingStage.values()) {
            Long c = byStage.remove(st.name());
            if (c != null) {
                stagesInOrder.put(st.name(), c);
            }
        }
        stagesInOrder.putAll(byStage);
        return new Profile(parkCode, n, stagesInOrder, bySegment, presence);
    }
}
