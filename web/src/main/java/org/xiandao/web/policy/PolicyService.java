package org.xiandao.web.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.ShippedPolicies;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.core.policy.internal.ScenarioParser;
import org.xiandao.core.policy.simulation.PolicySimulation;
import org.xiandao.store.Store;

/** The policy engine as the web uses it: the shipped policies, evaluation and simulation over the store. */
public final class PolicyService {

    private final Store store;
    private final List<Policy> policies;
    private final PolicyInterpreter interpreter;
    private final org.xiandao.web.system.PopulationCache populationCache;

    private final List<org.xiandao.core.policy.PolicyError> loadErrors = new ArrayList<>();

    /** Serves the shipped policies. */
    public PolicyService(Store store) {
        this(store, null);
    }

    /**
     * Serves the policies of {@code folder} (every .policy file), or the shipped ones when it is null.
     * A file that does not parse or check is left out and its errors are kept for the page; the other
     * policies keep working.
     */
    public PolicyService(Store store, java.nio.file.Path folder) {
        this(store, folder, new org.xiandao.web.system.PopulationCache(store));
    }

    /** As above, sharing a population cache with other pages. */
    public PolicyService(Store store, java.nio.file.Path folder, org.xiandao.web.system.PopulationCache populationCache) {
        this.store = store;
        this.populationCache = populationCache;
        this.interpreter = new PolicyInterpreter(store.taxonomy());
        if (folder == null) {
            this.policies = ShippedPolicies.load(store.taxonomy());
            return;
        }
        List<Policy> loaded = new ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".policy")).sorted().toList()) {
                try {
                    loaded.add(org.xiandao.core.policy.PolicyParser.parse(f.getFileName().toString(),
                            java.nio.file.Files.readString(f), store.taxonomy()));
                } catch (org.xiandao.core.policy.PolicyException e) {
                    loadErrors.addAll(e.errors());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the policy folder " + folder, e);
        }
        this.policies = List.copyOf(loaded);
    }

    public List<Policy> policies() {
        return policies;
    }

    /** Errors of policy files that were left out, each at file:line:column. */
    public List<org.xiandao.core.policy.PolicyError> loadErrors() {
        return loadErrors;
    }

    /** Every policy in force on {@code date}, evaluated and explained for these facts. */
    public List<Evaluation> evaluate(Facts facts, LocalDate date) {
        List<Evaluation> out = new ArrayList<>();
        for (Policy p : policies) {
            if (p.inForce(date)) {
                out.add(interpreter.evaluate(p, facts, date));
            }
        }
        return out;
    }

    /** Every input any policy declares, once, in policy order. */
    public Map<String, Definitions.Input> inputs() {
        Map<String, Definitions.Input> all = new LinkedHashMap<>();
        policies.forEach(p -> p.inputs().forEach(all::putIfAbsent));
        return all;
    }

    public Scenario scenario(String text) {
        return text == null || text.isBlank() ? Scenario.BASELINE : ScenarioParser.parse("scenario", text, policies);
    }

    public List<PolicySimulation.PolicyReport> simulate(LocalDate date, Scenario scenario, PolicySimulation.GroupBy by) {
        return new PolicySimulation(store.taxonomy()).run(policies, population(), date, scenario, by);
    }

    Population population() {
        return populationCache.get();
    }
}
