package org.xiandao.core.policy;

import java.util.Map;

/**
 * A what-if: parameter values that replace the shipped ones, by policy id and parameter name, e.g.
 * {@code sh_ic.support_rate = 40%}.
 */
public record Scenario(String name, Map<String, Map<String, Double>> overrides) {

    public static final Scenario BASELINE = new Scenario("baseline", Map.of());

    public Scenario {
        overrides = Map.copyOf(overrides);
    }

    public Map<String, Double> overridesFor(String policyId) {
        return overrides.getOrDefault(policyId, Map.of());
    }
}
