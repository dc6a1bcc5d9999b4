package org.xiandao.core.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.bulk.CompiledPolicy;

/**
 * What reaches one segment: its enterprises in the population (in it or below it), and for each policy in
 * force how many of them qualify and what paying them would cost, from the compiled bulk path.
 */
public final class SegmentReach {

    public record PolicyReach(String policyId, String titleZh, String titleEn, long qualifying, long cost) {
    }

    private final Population population;
    private final BitSet members;

    private SegmentReach(Population population, BitSet members) {
        this.population = population;
        this.members = members;
    }

    public static SegmentReach of(String code, Population population, Taxonomy taxonomy) {
        Set<String> under = taxonomy.selfAndDescendants(code);
        List<String> codes = population.segmentCodes();
        boolean[] inside = new boolean[codes.size()];
        for (int id = 0; id < codes.size(); id++) {
            inside[id] = under.contains(codes.get(id));
        }
        BitSet members = new BitSet(population.size());
        for (int i = 0; i < population.size(); i++) {
            for (int k = population.segmentStart(i); k < population.segmentEnd(i); k++) {
                int id = population.segmentId(k);
                if (id >= 0 && inside[id]) {
                    members.set(i);
                    break;
                }
            }
        }
        return new SegmentReach(population, members);
    }

    public int enterprises() {
        return members.cardinality();
    }

    /** The credit codes of the segment's enterprises. */
    public Set<String> codes() {
        Set<String> out = new HashSet<>();
        members.stream().forEach(i -> out.add(population.code(i)));
        return out;
    }

    /** Each policy in force on {@code date} with how many of the segment's enterprises qualify, most first. */
    public List<PolicyReach> policies(List<Policy> policies, Taxonomy taxonomy, LocalDate date) {
        List<PolicyReach> out = new ArrayList<>();
        for (Policy p : policies) {
            if (!p.inForce(date)) {
                continue;
            }
            CompiledPolicy.Results r = CompiledPolicy.compile(p, population, taxonomy, date).run();
            long n = 0;
            long cost = 0;
            for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
                if (r.outcome(i) == Outcome.QUALIFIES) {
                    n++;
                    cost += r.amountOrZero(i);
                }
            }
            out.add(new PolicyReach(p.id(), p.titleZh(), p.titleEn(), n, cost));
        }
        out.sort((a, b) -> Long.compare(b.qualifying(), a.qualifying()));
        return out;
    }
}
