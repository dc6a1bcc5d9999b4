package org.xiandao.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.park.Parks;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.ShippedPolicies;
import org.xiandao.core.synthetic.SyntheticShanghai;

class SegmentReachTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final List<Enterprise> FIRMS = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 11).enterprises(3_000).toList();
    private static final Population POPULATION = Population.of(FIRMS, TAXONOMY);
    private static final LocalDate DATE = LocalDate.of(2026, 6, 30);

    @Test
    void membersAndPolicyCountsAgreeWithTheInterpreter() {
        SegmentReach reach = SegmentReach.of("IC-2", POPULATION, TAXONOMY);
        Set<String> under = TAXONOMY.selfAndDescendants("IC-2");
        List<Enterprise> in = FIRMS.stream().filter(e -> e.segments().stream().anyMatch(under::contains)).toList();
        assertThat(reach.enterprises()).isEqualTo(in.size()).isPositive();
        assertThat(reach.codes()).hasSize(in.size());
        PolicyInterpreter interpreter = new PolicyInterpreter(TAXONOMY);
        List<Policy> policies = ShippedPolicies.load(TAXONOMY);
        List<SegmentReach.PolicyReach> reached = reach.policies(policies, TAXONOMY, DATE);
        assertThat(reached).extracting(SegmentReach.PolicyReach::qualifying).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        for (SegmentReach.PolicyReach pr : reached) {
            Policy p = policies.stream().filter(x -> x.id().equals(pr.policyId())).findFirst().orElseThrow();
            long n = 0;
            long cost = 0;
            for (Enterprise e : in) {
                Evaluation ev = interpreter.evaluate(p, Facts.of(e), DATE);
                if (ev.outcome() == Outcome.QUALIFIES) {
                    n++;
                    cost += ev.amount() == null ? 0 : ev.amount();
                }
            }
            assertThat(pr.qualifying()).as(pr.policyId()).isEqualTo(n);
            assertThat(pr.cost()).as(pr.policyId()).isEqualTo(cost);
        }
    }
}
