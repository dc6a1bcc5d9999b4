package org.xiandao.core.policy.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.codehaus.janino.SimpleCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.park.Parks;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.PolicyParser;
import org.xiandao.core.synthetic.SyntheticShanghai;

/**
 * The generated kernels: their branch-free helpers against the plain definitions on every special value,
 * and every expression form, one policy each, against the array nodes and the interpreter.
 */
class KernelTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final double[] SPECIAL = {Double.NaN, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e15, -1, -Double.MIN_VALUE,
        -0.0, 0.0, Double.MIN_VALUE, 0.1, 1, 3, 1e15, Double.MAX_VALUE, Double.POSITIVE_INFINITY};

    private static List<Enterprise> enterprises;
    private static Population population;

    @BeforeAll
    static void build() {
        enterprises = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 5).enterprises(20_000).toList();
        population = Population.of(enterprises, TAXONOMY);
    }

    private static int exact(boolean holds, double a, double b) {
        return (holds ? 2 : 0) | (Double.isNaN(a) || Double.isNaN(b) ? 1 : 0);
    }

    @Test
    void comparisonHelpersMatchThreeValuedComparisonOnEverySpecialValue() throws Exception {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.cook("public class H {\n" + KernelSource.HELPERS + "}\n");
        Class<?> h = compiler.getClassLoader().loadClass("H");
        Method ge = method(h, "ge");
        Method le = method(h, "le");
        Method gt = method(h, "gt");
        Method lt = method(h, "lt");
        Method less = method(h, "less");
        Method div = method(h, "div");
        int checked = 0;
        for (double a : SPECIAL) {
            for (double b : SPECIAL) {
                String at = a + " vs " + b;
                assertThat(ge.invoke(null, a, b)).as("ge " + at).isEqualTo(exact(a >= b, a, b));
                assertThat(le.invoke(null, a, b)).as("le " + at).isEqualTo(exact(a <= b, a, b));
                assertThat(gt.invoke(null, a, b)).as("gt " + at).isEqualTo(exact(a > b, a, b));
                assertThat(lt.invoke(null, a, b)).as("lt " + at).isEqualTo(exact(a < b, a, b));
                if (!Double.isNaN(a) && !Double.isNaN(b) && (Double.isFinite(a) || Double.isFinite(b))) {
                    assertThat(less.invoke(null, a, b)).as("less " + at).isEqualTo(a < b ? 2 : 0);
                }
                double q = (double) div.invoke(null, a, b);
                if (b == 0 || Double.isNaN(a / b)) {
                    assertThat(q).as("div " + at).isNaN();
                } else {
                    assertThat(q).as("div " + at).isEqualTo(a / b);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(SPECIAL.length * SPECIAL.length);
    }

    private static Method method(Class<?> h, String name) throws NoSuchMethodException {
        Method m = h.getDeclaredMethod(name, double.class, double.class);
        m.setAccessible(true);
        return m;
    }

    /**
     * Conditions covering every node kind a kernel can express; some can be unknown (input x is never
     * given). Each is paired with a condition that never decides (always true under "all", always false
     * under "any"), so the outcome is the case's own.
     */
    private static final List<String> CONDITIONS = List.of(
            "staff >= 50",
            "staff <= 50 and revenue > 1000万元",
            "staff < 50 or not (revenue >= 1000万元)",
            "technical_staff / staff >= 50%",
            "rd_expense_y3 / revenue >= 5%",
            "revenue - rd_expense_y3 * 4 > 5000万元 - total_assets",
            "-(revenue) < 0元 - total_assets",
            "min(staff, technical_staff * 3) > max(20, ip_class_two)",
            "years_since(founded) >= 3",
            "points >= 20",
            "under_or_over > 1",
            "graded",
            "if(revenue > 0元, rd_expense_y3 / revenue, 1%) >= 4%",
            "if(x > 3, staff, staff) > 10",
            "if(staff > 100, x, staff) > 10",
            "x > 3 or staff > 100",
            "x > 3 and staff > 100",
            "district == \"PUDONG\"",
            "funding_stage != \"SERIES_A\"",
            "known(park)",
            "in_segment(\"IC-2\") or in_segment(\"BIO-1\")",
            "(staff > 100) == (revenue > 1亿)",
            "ip_class_one == 0 or ip_class_two != 1");

    private static Policy policy(int i, String condition, boolean all) {
        return PolicyParser.parse("k" + i + ".policy", """
                policy k%d
                title "kernel case" "kernel case"
                issuer "test"
                document "test"
                effective 2000-01-01 ..
                clause c1 "the case"
                input x number "never given"
                let points = band technical_staff / staff
                  at least 60%% : 20
                  at least 45%% : 10
                  else : 0
                let under_or_over = band staff
                  below 10 : 0
                  at least 300 : 3
                  below 100 : staff - 90
                  else : 2
                let graded = band ip_class_two
                  at least 3 : true
                  at least 1 : x > 2
                  else : false
                eligible %s
                  [c1] %s
                  [c1] %s
                """.formatted(i, all ? "all" : "any", condition, all ? "staff > -1" : "staff < -1"), TAXONOMY);
    }

    @TestFactory
    Stream<DynamicTest> kernelArraysAndInterpreterAgreeOnEveryExpressionForm() {
        List<DynamicTest> tests = new ArrayList<>();
        PolicyInterpreter interpreter = new PolicyInterpreter(TAXONOMY);
        LocalDate date = LocalDate.of(2025, 9, 1);
        for (int i = 0; i < CONDITIONS.size(); i++) {
            for (boolean all : new boolean[] {true, false}) {
                Policy p = policy(i, CONDITIONS.get(i), all);
                tests.add(DynamicTest.dynamicTest((all ? "all: " : "any: ") + CONDITIONS.get(i), () -> {
                    CompiledPolicy compiled = CompiledPolicy.compileWithKernel(p, population, TAXONOMY, date);
                    assertThat(compiled.fused()).as("runs as a kernel").isTrue();
                    CompiledPolicy.Results kernel = compiled.run();
                    CompiledPolicy.Results arrays = CompiledPolicy.compileWithoutKernel(p, population, TAXONOMY, date).run();
                    assertThat(kernel.outcomeCodes()).isEqualTo(arrays.outcomeCodes());
                    // With the Vector API present the kernel above may have a SIMD loop; the scalar one must agree too.
                    CompiledPolicy scalar = CompiledPolicy.compileWithScalarKernel(p, population, TAXONOMY, date);
                    assertThat(scalar.vectorised()).isFalse();
                    assertThat(scalar.run().outcomeCodes()).isEqualTo(arrays.outcomeCodes());
                    java.util.Set<Object> seen = new java.util.HashSet<>();
                    for (int e = 0; e < enterprises.size(); e++) {
                        Evaluation one = interpreter.evaluate(p, Facts.of(enterprises.get(e)), date);
                        if (kernel.outcome(e) != one.outcome()) {
                            throw new AssertionError(enterprises.get(e).code().value() + ": kernel " + kernel.outcome(e)
                                    + ", interpreter " + one.outcome());
                        }
                        seen.add(one.outcome());
                    }
                    assertThat(seen).as("the case is not constant over the population").hasSizeGreaterThan(1);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void withTheVectorApiNumericAndSegmentConditionsGetASimdLoopTextTestsStayScalar() {
        LocalDate date = LocalDate.of(2025, 1, 1);
        boolean numeric = CompiledPolicy.compileWithKernel(policy(100, "technical_staff / staff >= 50% or x > 2", true), population, TAXONOMY, date)
                .vectorised();
        boolean segments = CompiledPolicy.compileWithKernel(policy(101, "in_segment(\"IC-2\")", true), population, TAXONOMY, date).vectorised();
        boolean texts = CompiledPolicy.compileWithKernel(policy(102, "district == \"PUDONG\"", true), population, TAXONOMY, date).vectorised();
        assertThat(numeric).isEqualTo(Kernels.VECTOR);
        assertThat(segments).isEqualTo(Kernels.VECTOR);
        assertThat(texts).isFalse();
    }

    @Test
    void sameShapeSharesOneGeneratedClassAcrossDates() {
        Policy p = policy(0, CONDITIONS.get(3), true);
        CompiledPolicy a = CompiledPolicy.compileWithKernel(p, population, TAXONOMY, LocalDate.of(2020, 1, 1));
        CompiledPolicy b = CompiledPolicy.compileWithKernel(p, population, TAXONOMY, LocalDate.of(2025, 1, 1));
        assertThat(a.kernelClass()).isNotNull().isSameAs(b.kernelClass());
    }

    @Test
    void smallPopulationsUseTheArrayNodesLargeOnesAKernelOnceItIsReady() {
        Policy p = policy(0, CONDITIONS.get(0), true);
        LocalDate date = LocalDate.of(2025, 1, 1);
        assertThat(CompiledPolicy.prepare(p, population, TAXONOMY, date)).isFalse();
        assertThat(CompiledPolicy.compile(p, population, TAXONOMY, date).fused()).isFalse();
        Population large = Population.of(new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 6)
                .enterprises(CompiledPolicy.KERNEL_MIN_ROWS).iterator(), TAXONOMY);
        // A shape no test has compiled before: a one-off run stays on the array nodes.
        Policy prepared = policy(98, "staff >= 52 and ip_class_two <= 7", true);
        CompiledPolicy first = CompiledPolicy.compile(prepared, large, TAXONOMY, date);
        assertThat(first.fused()).isFalse();
        CompiledPolicy.Results beforeReady = first.run();
        assertThat(CompiledPolicy.prepare(prepared, large, TAXONOMY, date)).isTrue();
        CompiledPolicy later = CompiledPolicy.compile(prepared, large, TAXONOMY, date);
        assertThat(later.fused()).isTrue();
        assertThat(later.run().outcomeCodes()).isEqualTo(beforeReady.outcomeCodes());
    }

    @Test
    void aShapeCompiledAgainAndAgainGetsItsKernelInTheBackground() {
        Population large = Population.of(new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 7)
                .enterprises(CompiledPolicy.KERNEL_MIN_ROWS).iterator(), TAXONOMY);
        // A shape of its own: classes are shared by shape, whatever the numbers.
        Policy reused = policy(99, "staff + ip_class_one >= 53 or revenue * 2 < 1亿", true);
        LocalDate date = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < Kernels.COMPILE_AFTER; i++) {
            assertThat(CompiledPolicy.compile(reused, large, TAXONOMY, date).fused()).as("compile %d", i + 1).isFalse();
        }
        // The third compile started the class in the background; once it is done, compiles use it.
        Kernels.awaitBackgroundCompiles();
        assertThat(CompiledPolicy.compile(reused, large, TAXONOMY, date).fused()).as("after the background compile").isTrue();
    }
}
