package org.xiandao.core.policy;

import java.util.Map;
import org.xiandao.core.policy.ast.Expr;

/**
 * A what-if: parameter values that replace the shipped ones, by policy id and parameter name, e.g.
 * {@code sh_ic.support_rate = 40%}; and assumptions that estimate application inputs the enterprise
 * pool does not hold from fields it does, e.g. {@code sh_ic.tape_out_fee = rd_expense_y3 * 30%}.
 * Assumptions apply to the baseline and the scenario alike, and every report names them.
 */
public record Scenario(String name, Map<String, Map<String, Double>> overrides,
                       Map<String, Map<String, Expr>> assumptions, Map<String, String> assumptionTexts) {

    public static final Scenario BASELINE = new Scenario("baseline", Map.of(), Map.of(), Map.of());

    public Scenario {
        overrides = Map.copyOf(overrides);
        assumptions = Map.copyOf(assumptions);
        assumptionTexts = Map.copyOf(assumptionTexts);
    }

    public Map<String, Double> overridesFor(String policyId) {
        return overrides.getOrDefault(policyId, Map.of());
    }

    public Map<String, Expr> assumptionsFor(String policyId) {
        return assumptions.getOrDefault(policyId, Map.of());
    }
}
