package org.xiandao.core.policy.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
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

/**
 * One engine, two paths: the compiled bulk path (generated kernel and array nodes alike) and the
 * explaining interpreter must give identical outcomes and amounts for every shipped policy over 100,000
 * synthetic enterprises.
 */
class DifferentialTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final int N = 100_000;
    private static List<Enterprise> enterprises;
    private static Population population;

    @BeforeAll
    static void build() {
        enterprises = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 11).enterprises(N).toList();
        population = Population.of(enterprises, TAXONOMY);
    }

    @TestFactory
    Stream<DynamicTest> bothPathsAgreeOnEveryShippedPolicy() {
        List<DynamicTest> tests = new ArrayList<>();
        PolicyInterpreter interpreter = new PolicyInterpreter(TAXONOMY);
        for (Policy policy : ShippedPolicies.load(TAXONOMY)) {
            for (LocalDate date : List.of(LocalDate.of(2016, 6, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 1))) {
                tests.add(DynamicTest.dynamicTest(policy.id() + " on " + date, () -> {
                    CompiledPolicy compiled = CompiledPolicy.compileWithKernel(policy, population, TAXONOMY, date);
                    assertThat(compiled.fused()).as("every shipped policy's conditions run as a generated kernel").isTrue();
                    CompiledPolicy.Results bulk = compiled.run();
                    CompiledPolicy.Results parallel = CompiledPolicy.runParallel(policy, population, TAXONOMY, date, Map.of(), Map.of(), 3);
                    assertThat(parallel.outcomeCodes()).isEqualTo(bulk.outcomeCodes());
                    assertThat(parallel.amounts()).isEqualTo(bulk.amounts());
                    // The array nodes, which policies a kernel cannot express fall back to, give the same results.
                    CompiledPolicy.Results arrays = CompiledPolicy.compileWithoutKernel(policy, population, TAXONOMY, date).run();
                    assertThat(arrays.outcomeCodes()).isEqualTo(bulk.outcomeCodes());
                    assertThat(arrays.amounts()).isEqualTo(bulk.amounts());
                    Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
                    for (int i = 0; i < N; i++) {
                        Evaluation one = interpreter.evaluate(policy, Facts.of(enterprises.get(i)), date);
                        if (one.outcome() != bulk.outcome(i) || !java.util.Objects.equals(one.amount(), bulk.amount(i))) {
                            throw new AssertionError(policy.id() + " on " + date + ", enterprise " + enterprises.get(i).code()
                                    + ": interpreter " + one.outcome() + " " + one.amount() + ", bulk " + bulk.outcome(i) + " " + bulk.amount(i));
                        }
                        tally.merge(one.outcome(), 1, Integer::sum);
                    }
                    assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(N);
                }));
            }
        }
        return tests.stream();
    }
}
