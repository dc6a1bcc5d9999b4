package org.xiandao.core.park;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.FundingStage;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundReach;
import org.xiandao.core.fund.FundReach.FundPresence;
import org.xiandao.core.fund.LookThrough;

/**
 * One park's ecology from the enterprise pool and the fund family: how many enterprises it holds, their
 * funding stages and second-level segments, and which funds have invested in them and how much.
 * Pure: the caller supplies the population and the family.
 */
public final class ParkEcology {

    /**
     * @param byStage   enterprises by funding stage (stages with none left out), in the order of {@link FundingStage}
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
        FundingStage[] stageOrder = FundingStage.values();
        long[] stageCounts = new long[stageOrder.length];
        Map<String, Long> bySegment = new TreeMap<>();
        Map<String, String> secondLevel = new HashMap<>();
        Set<String> members = new HashSet<>();
        long n = 0;
        for (int i = 0; i < population.size(); i++) {
            if (!parkCode.equals(parks[i])) {
                continue;
            }
            n++;
            members.add(population.code(i));
            stageCounts[FundingStage.valueOf(stages[i]).ordinal()]++;
            Set<String> groups = new HashSet<>();
            for (int k = population.segmentStart(i); k < population.segmentEnd(i); k++) {
                int id = population.segmentId(k);
                if (id >= 0) {
                    groups.add(secondLevel.computeIfAbsent(population.segmentCodes().get(id), c -> LookThrough.secondLevel(taxonomy, c)));
                }
            }
            groups.forEach(g -> bySegment.merge(g, 1L, Long::sum));
        }
        List<FundPresence> presence = FundReach.of(members, family);
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (FundingStage st : stageOrder) {
            if (stageCounts[st.ordinal()] > 0) {
                byStage.put(st.name(), stageCounts[st.ordinal()]);
            }
        }
        return new Profile(parkCode, n, byStage, bySegment, presence);
    }
}
