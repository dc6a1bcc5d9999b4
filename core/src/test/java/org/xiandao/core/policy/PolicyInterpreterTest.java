package org.xiandao.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.TaxonomyReader;

class PolicyInterpreterTest {

    private static final PolicyInterpreter INTERPRETER = new PolicyInterpreter(TaxonomyReader.shipped());

    private static Policy policy(String body) {
        return PolicyParser.parse("p.policy", """
                policy p
                title "测试" "Test"
                document "doc 1"
                effective 2020-01-01 .. 2030-12-31
                clause c1 "first clause"
                clause c2 "second clause" unverified
                parameter rate percent
                  2020-01-01 = 10% "doc 1 art.2"
                  2025-01-01 = 20% "doc 2 art.2"
                """ + body, TaxonomyReader.shipped());
    }

    private static Facts facts(Map<String, Object> values) {
        return new Facts("f", values, Set.of("IC-2.1"));
    }

    @Test
    void datedParametersTakeTheValueInForceOnTheDate() {
        Policy p = policy("""
                eligible all
                  [c1] revenue > 0元
                benefit [c2] = revenue * rate
                """);
        Facts f = facts(Map.of("revenue", 1_000_000.0));
        assertThat(INTERPRETER.evaluate(p, f, LocalDate.of(2024, 12, 31)).amount()).isEqualTo(100_000L);
        Evaluation later = INTERPRETER.evaluate(p, f, LocalDate.of(2025, 1, 1));
        assertThat(later.amount()).isEqualTo(200_000L);
        Explanation benefit = later.explanation().children().get(1);
        assertThat(benefit.parameters()).containsExactly(new Explanation.ParameterUse("rate", "20%", LocalDate.of(2025, 1, 1), "doc 2 art.2"));
        assertThat(benefit.inputs()).containsExactly(new Explanation.Fact("revenue", "100万元"));
        assertThat(benefit.clauseUnverified()).isTrue();
        assertThat(INTERPRETER.evaluate(p, f, LocalDate.of(2031, 1, 1)).outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    }

    @Test
    void theExplanationShowsEachConditionWithItsClauseAndInputs() {
        Policy p = policy("""
                let share = technical_staff / staff
                eligible all
                  [c1] share >= rate
                  [c2] in_segment("IC-2")
                """);
        Evaluation e = INTERPRETER.evaluate(p, facts(Map.of("technical_staff", 5.0, "staff", 100.0)), LocalDate.of(2024, 1, 1));
        assertThat(e.outcome()).isEqualTo(Outcome.DOES_NOT_QUALIFY);
        Explanation first = e.explanation().children().get(0).children().get(0);
        assertThat(first.clause()).isEqualTo("c1");
        assertThat(first.clauseText()).isEqualTo("first clause");
        assertThat(first.expression()).isEqualTo("share >= rate");
        assertThat(first.result()).isEqualTo("false");
        assertThat(first.inputs()).extracting(Explanation.Fact::name).containsExactly("technical_staff", "staff");
        assertThat(first.parameters()).extracting(Explanation.ParameterUse::value).containsExactly("10%");
        assertThat(e.explanation().children().get(0).children().get(1).result()).isEqualTo("true");
    }

    @Test
    void aMissingFieldMakesTheResultUndecidedAndNamesTheField() {
        Policy p = policy("""
                eligible all
                  [c1] staff >= 10
                """);
        Evaluation e = INTERPRETER.evaluate(p, facts(Map.of()), LocalDate.of(2024, 1, 1));
        assertThat(e.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(e.missing()).containsExactly("staff");
        assertThat(e.explanation().result()).isEqualTo("cannot decide: missing staff");
    }

    @Test
    void aFalseConditionDecidesEvenWhenAnotherIsUnknown() {
        Policy p = policy("""
                eligible all
                  [c1] staff >= 10
                  [c2] revenue > 0元
                """);
        Map<String, Object> v = new HashMap<>();
        v.put("staff", 3.0);
        assertThat(INTERPRETER.evaluate(p, facts(v), LocalDate.of(2024, 1, 1)).outcome()).isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void twoApplicableExceptionsAreAConflictNotASilentPick() {
        Policy p = policy("""
                input a bool "a"
                input b bool "b"
                eligible all
                  [c1] staff >= 10
                exception first [c1] when a then eligible
                exception second [c2] when b then ineligible
                """);
        Evaluation both = INTERPRETER.evaluate(p, facts(Map.of("staff", 1.0, "a", true, "b", true)), LocalDate.of(2024, 1, 1));
        assertThat(both.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(both.explanation().result()).contains("first").contains("second");
        assertThat(INTERPRETER.evaluate(p, facts(Map.of("staff", 1.0, "a", true, "b", false)), LocalDate.of(2024, 1, 1)).outcome())
                .isEqualTo(Outcome.QUALIFIES);
        assertThat(INTERPRETER.evaluate(p, facts(Map.of("staff", 20.0, "a", false, "b", true)), LocalDate.of(2024, 1, 1)).outcome())
                .isEqualTo(Outcome.DOES_NOT_QUALIFY);
        // b unknown could turn an eligible firm ineligible: undecided. a unknown cannot change an eligible one.
        assertThat(INTERPRETER.evaluate(p, facts(Map.of("staff", 20.0, "a", false)), LocalDate.of(2024, 1, 1)).outcome())
                .isEqualTo(Outcome.UNDECIDED);
        assertThat(INTERPRETER.evaluate(p, facts(Map.of("staff", 20.0, "b", false)), LocalDate.of(2024, 1, 1)).outcome())
                .isEqualTo(Outcome.QUALIFIES);
    }

    @Test
    void scenarioOverridesReplaceParameterValues() {
        Policy p = policy("""
                eligible all
                  [c1] revenue > 0元
                benefit [c1] = revenue * rate
                """);
        Evaluation e = INTERPRETER.evaluate(p, facts(Map.of("revenue", 1_000_000.0)), LocalDate.of(2024, 1, 1), Map.of("rate", 0.4));
        assertThat(e.amount()).isEqualTo(400_000L);
        assertThat(e.explanation().children().get(1).parameters().get(0).source()).isEqualTo("scenario override");
    }
}
