package org.xiandao.core.policy.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.park.Parks;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyException;
import org.xiandao.core.policy.PolicyParser;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.internal.ScenarioParser;
import org.xiandao.core.synthetic.SyntheticShanghai;

class PolicySimulationTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final List<Enterprise> FIRMS = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 5).enterprises(5_000).toList();
    private static final Population POPULATION = Population.of(FIRMS, TAXONOMY);
    private static final LocalDate DATE = LocalDate.of(2025, 1, 1);

    private static Policy grant(String budget) {
        return PolicyParser.parse("grant.policy", """
                policy grant
                title "研发补贴" "R&D grant"
                effective 2020-01-01 ..
                """ + budget + """
                clause c1 "R&D of at least the threshold earns a share of it"
                parameter threshold yuan
                  2020-01-01 = 500万 "doc"
                parameter rate percent
                  2020-01-01 = 10% "doc"
                eligible all
                  [c1] rd_expense_y3 >= threshold
                benefit [c1] = rd_expense_y3 * rate
                """, TAXONOMY);
    }

    private static long expectedCost(double threshold, double rate) {
        return FIRMS.stream().filter(e -> e.financials().rdExpense(2) >= threshold)
                .mapToLong(e -> Math.round(e.financials().rdExpense(2) * rate)).sum();
    }

    @Test
    void countsAndCostsMatchADirectComputation() {
        var report = new PolicySimulation(TAXONOMY).run(List.of(grant("")), POPULATION, DATE, Scenario.BASELINE,
                PolicySimulation.GroupBy.DISTRICT).get(0);
        long qualifying = FIRMS.stream().filter(e -> e.financials().rdExpense(2) >= 5_000_000).count();
        assertThat(report.baseline().outcomes().get(Outcome.QUALIFIES)).isEqualTo(qualifying);
        assertThat(report.baseline().cost()).isEqualTo(expectedCost(5_000_000, 0.10));
        assertThat(report.baseline().groups().stream().mapToLong(PolicySimulation.Group::cost).sum()).isEqualTo(report.baseline().cost());
        assertThat(report.baseline().top()).hasSizeLessThanOrEqualTo(10);
        assertThat(report.baseline().top()).extracting(PolicySimulation.Recipient::amount).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(report.scenario()).isNull();
    }

    @Test
    void aScenarioShowsTheDifferenceFromTheBaseline() {
        Policy p = grant("");
        Scenario s = ScenarioParser.parse("s.scenario", """
                name "lower threshold, higher rate"
                set grant.threshold = 300万
                set grant.rate = 15%
                """, List.of(p));
        var report = new PolicySimulation(TAXONOMY).run(List.of(p), POPULATION, DATE, s, PolicySimulation.GroupBy.SEGMENT).get(0);
        assertThat(report.scenario().cost()).isEqualTo(expectedCost(3_000_000, 0.15));
        assertThat(report.costDelta()).isEqualTo(expectedCost(3_000_000, 0.15) - expectedCost(5_000_000, 0.10));
        long gained = FIRMS.stream().filter(e -> e.financials().rdExpense(2) >= 3_000_000 && e.financials().rdExpense(2) < 5_000_000).count();
        assertThat(report.gained()).isEqualTo(gained).isPositive();
        assertThat(report.lost()).isZero();
    }

    @Test
    void aBudgetCapBindsProRata() {
        long cost = expectedCost(5_000_000, 0.10);
        long budget = cost / 2;
        var report = new PolicySimulation(TAXONOMY).run(List.of(grant("budget " + budget + "元 pro_rata\n")), POPULATION, DATE,
                Scenario.BASELINE, PolicySimulation.GroupBy.PARK).get(0);
        assertThat(report.baseline().payable()).isEqualTo(budget);
        assertThat(report.baseline().budgetNote()).startsWith("budget binds: pro rata").contains("50.0%");
    }

    @Test
    void scenarioErrorsNameTheNearestKnownNames() {
        Policy p = grant("");
        assertThatThrownBy(() -> ScenarioParser.parse("s", "set grnt.rate = 20%", List.of(p)))
                .isInstanceOf(PolicyException.class).hasMessageContaining("s:1:5: unknown policy 'grnt'").hasMessageContaining("grant");
        assertThatThrownBy(() -> ScenarioParser.parse("s", "set grant.rat = 20%", List.of(p)))
                .hasMessageContaining("has no parameter 'rat'").hasMessageContaining("rate");
        assertThatThrownBy(() -> ScenarioParser.parse("s", "set grant.rate = 20", List.of(p)))
                .hasMessageContaining("rate is percent but the value is number");
        assertThatThrownBy(() -> ScenarioParser.parse("s", "# nothing\n", List.of(p))).hasMessageContaining("changes nothing");
    }

    @Test
    void assumptionsEstimateMissingInputsForBaselineAndScenarioAlike() {
        Policy p = PolicyParser.parse("tapeout.policy", """
                policy tapeout
                title "流片" "Tape-out"
                effective 2020-01-01 ..
                clause c1 "30% of tape-out fees"
                parameter rate percent
                  2020-01-01 = 30% "doc"
                input fee yuan "tape-out fee"
                eligible all
                  [c1] in_segment("IC-2") and fee > 0元
                benefit [c1] = fee * rate
                """, TAXONOMY);
        var none = new PolicySimulation(TAXONOMY).run(List.of(p), POPULATION, DATE, Scenario.BASELINE, PolicySimulation.GroupBy.SEGMENT).get(0);
        assertThat(none.baseline().outcomes().get(Outcome.QUALIFIES)).isZero();
        Scenario s = ScenarioParser.parse("s", """
                assume tapeout.fee = rd_expense_y3 * 40%
                set tapeout.rate = 40%
                """, List.of(p));
        assertThat(s.assumptionTexts()).containsEntry("tapeout.fee", "rd_expense_y3 * 40%");
        var report = new PolicySimulation(TAXONOMY).run(List.of(p), POPULATION, DATE, s, PolicySimulation.GroupBy.SEGMENT).get(0);
        var design = TAXONOMY.selfAndDescendants("IC-2");
        long baseCost = FIRMS.stream().filter(e -> e.segments().stream().anyMatch(design::contains) && e.financials().rdExpense(2) > 0)
                .mapToLong(e -> Math.round(e.financials().rdExpense(2) * 0.4 * 0.3)).sum();
        assertThat(report.baseline().cost()).isEqualTo(baseCost).isPositive();
        assertThat(report.scenario().cost()).isGreaterThan(report.baseline().cost());
        assertThatThrownBy(() -> ScenarioParser.parse("s", "assume tapeout.fee = 30%", List.of(p)))
                .hasMessageContaining("fee is yuan but the assumption gives percent");
        assertThatThrownBy(() -> ScenarioParser.parse("s", "assume tapeout.fe = revenue", List.of(p)))
                .hasMessageContaining("has no input 'fe'");
    }
}
