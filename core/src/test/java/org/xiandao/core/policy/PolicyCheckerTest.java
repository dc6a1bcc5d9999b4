package org.xiandao.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.TaxonomyReader;

/** Static checking: every error has file:line:column and, where one helps, a hint. */
class PolicyCheckerTest {

    private static final String HEAD = """
            policy demo
            title "示例" "Demo"
            effective 2024-01-01 ..
            clause c1 "a clause"
            """;

    private static List<PolicyError> errors(String body) {
        try {
            PolicyParser.parse("demo.policy", HEAD + body, TaxonomyReader.shipped());
        } catch (PolicyException e) {
            return e.errors();
        }
        throw new AssertionError("expected errors");
    }

    private static Policy ok(String body) {
        return PolicyParser.parse("demo.policy", HEAD + body, TaxonomyReader.shipped());
    }

    @Test
    void aValidPolicyParses() {
        Policy p = ok("""
                parameter cap yuan
                  2024-01-01 = 100万 "doc art.1"
                eligible all
                  [c1] revenue >= cap
                benefit [c1] = min(revenue * 10%, cap)
                test "t"
                  date 2024-06-01
                  given revenue = 200万
                  expect qualifies = true, amount = 20万
                """);
        assertThat(p.id()).isEqualTo("demo");
        assertThat(p.parameters()).containsKey("cap");
        assertThat(new PolicyTests(TaxonomyReader.shipped()).run(p)).allMatch(PolicyTests.Result::passed);
    }

    @Test
    void unknownNamesAreReportedWithPositionAndNearestNames() {
        List<PolicyError> e = errors("""
                eligible all
                  [c1] revenu >= 100万
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).at()).isEqualTo(new SourcePosition("demo.policy", 6, 8));
        assertThat(e.get(0).message()).contains("unknown name 'revenu'");
        assertThat(e.get(0).hint()).contains("revenue");
        assertThat(e.get(0).toString()).startsWith("demo.policy:6:8: ");
    }

    @Test
    void comparingAShareWithAPlainNumberIsAUnitError() {
        List<PolicyError> e = errors("""
                eligible all
                  [c1] technical_staff / staff >= 10
                """);
        assertThat(e.get(0).message()).contains("cannot compare a share (%) with a number");
        assertThat(e.get(0).hint()).contains("10%");
    }

    @Test
    void comparingMoneyWithANumberSuggestsChineseUnits() {
        List<PolicyError> e = errors("""
                eligible all
                  [c1] revenue >= 5000
                """);
        assertThat(e.get(0).hint()).contains("5000万");
    }

    @Test
    void addingMoneyToHeadcountIsRefused() {
        assertThat(errors("""
                eligible all
                  [c1] revenue + staff >= 1万
                """).get(0).message()).contains("cannot add a number to an amount");
    }

    @Test
    void aBenefitMustBeMoneyAndAConditionMustBeACondition() {
        List<PolicyError> e = errors("""
                eligible all
                  [c1] staff + 1
                benefit [c1] = 30%
                """);
        assertThat(e).extracting(PolicyError::message).anyMatch(m -> m.contains("a condition must be a condition"))
                .anyMatch(m -> m.contains("the benefit must be an amount (yuan) but is a share"));
    }

    @Test
    void undeclaredClausesAndUnknownSegmentsAndFunctions() {
        List<PolicyError> e = errors("""
                eligible all
                  [c9] in_segment("IC-77")
                  [c1] maximum(staff, 3) > 1
                """);
        assertThat(e).extracting(PolicyError::message)
                .anyMatch(m -> m.contains("clause [c9] is not declared"))
                .anyMatch(m -> m.contains("unknown segment 'IC-77'"))
                .anyMatch(m -> m.contains("unknown function 'maximum'"));
    }

    @Test
    void exceptionsThatCanNeverApplyOrAlwaysConflictAreErrors() {
        List<PolicyError> e = errors("""
                input a bool "a"
                eligible all
                  [c1] staff > 1
                exception never [c1] when false then eligible
                exception one [c1] when a then eligible
                exception two [c1] when a then ineligible
                """);
        assertThat(e).extracting(PolicyError::message)
                .anyMatch(m -> m.contains("exception never can never apply"))
                .anyMatch(m -> m.contains("exceptions one and two have the same condition"));
    }

    @Test
    void letsThatLoopAreCaught() {
        assertThat(errors("""
                let a = b + 1
                let b = a + 1
                eligible all
                  [c1] a > 1
                """)).extracting(PolicyError::message).anyMatch(m -> m.contains("defined in terms of itself"));
    }

    @Test
    void syntaxErrorsNameTheColumnAndEveryBrokenStatementIsReported() {
        List<PolicyError> e = errors("""
                parameter cap yuan
                  2024-01-01 100万 "no equals sign"
                eligible all
                  [c1] staff >= (3 + 4
                frobnicate
                """);
        assertThat(e).extracting(PolicyError::toString)
                .anyMatch(s -> s.startsWith("demo.policy:6:14: expected '='"))
                .anyMatch(s -> s.contains("close the parenthesis"))
                .anyMatch(s -> s.startsWith("demo.policy:9:1: unknown statement 'frobnicate'"));
    }

    @Test
    void parameterValuesMustBeInDateOrderAndOfTheDeclaredUnit() {
        assertThat(errors("""
                parameter rate percent
                  2024-01-01 = 10% "a"
                  2023-01-01 = 12% "b"
                eligible all
                  [c1] staff > 1
                """).get(0).message()).contains("increasing date order");
        assertThat(errors("""
                parameter rate percent
                  2024-01-01 = 10 "a"
                eligible all
                  [c1] staff > 1
                """).get(0).message()).contains("must be a share");
    }

    @Test
    void examplesMustNameKnownFieldsAndResults() {
        assertThat(errors("""
                eligible all
                  [c1] staff > 1
                test "t"
                  date 2024-06-01
                  given staf = 3
                  expect qualifies = true, happiness = 3
                """)).extracting(PolicyError::message)
                .anyMatch(m -> m.contains("unknown field 'staf'"))
                .anyMatch(m -> m.contains("unknown result 'happiness'"));
    }

    @Test
    void aFileWithoutItsHeaderSaysWhatIsMissing() {
        assertThatThrownBy(() -> PolicyParser.parse("empty.policy", "# nothing\n", TaxonomyReader.shipped()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("no 'policy' line").hasMessageContaining("no 'effective' line")
                .hasMessageContaining("no 'eligible all' or 'eligible any'");
    }
}
