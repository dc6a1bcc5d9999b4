package org.xiandao.core.policy.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.bulk.CompiledPolicy;

/**
 * Microsimulation: every policy over the whole population, for the baseline and for a scenario. Says
 * how many qualify, what it costs, how the cost is spread, who receives most, how a budget cap binds,
 * and what the scenario changes.
 */
public final class PolicySimulation {

    private static final int TOP = 10;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private final Taxonomy taxonomy;

    public PolicySimulation(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** How to group the distribution. */
    public enum GroupBy { SEGMENT, DISTRICT, PARK }

    public record Group(String key, long qualifying, long cost) {
    }

    public record Recipient(String code, long amount) {
    }

    /**
     * One policy under one set of parameters.
     *
     * @param cost            sum of decided amounts before any budget cap
     * @param payable         what the budget allows: equal to cost when no cap binds
     * @param budgetNote      how the cap binds, e.g. "pro rata: each award scaled to 62.5%"
     */
    public record Run(Map<Outcome, Long> outcomes, long cost, long payable, String budgetNote, List<Group> groups,
                      List<Recipient> top) {
    }

    /** Baseline and scenario for one policy, with the difference. */
    public record PolicyReport(String policyId, String titleZh, String titleEn, boolean inForce, Run baseline, Run scenario,
                               long gained, long lost, long costDelta) {
    }

    public List<PolicyReport> run(List<Policy> policies, Population population, LocalDate date, Scenario scenario, GroupBy by) {
        List<PolicyReport> out = new ArrayList<>();
        String[] groupKeys = groupKeys(population, by);
        for (Policy policy : policies) {
            var assumed = scenario.assumptionsFor(policy.id());
            CompiledPolicy.Results base = CompiledPolicy.runParallel(policy, population, taxonomy, date, Map.of(), assumed, THREADS);
            Run baseRun = summarise(policy, base, groupKeys, population);
            Map<String, Double> overrides = scenario.overridesFor(policy.id());
            if (overrides.isEmpty()) {
                out.add(new PolicyReport(policy.id(), policy.titleZh(), policy.titleEn(), policy.inForce(date), baseRun, null, 0, 0, 0));
                continue;
            }
            CompiledPolicy.Results alt = CompiledPolicy.runParallel(policy, population, taxonomy, date, overrides, assumed, THREADS);
            Run altRun = summarise(policy, alt, groupKeys, population);
            long gained = 0;
            long lost = 0;
            for (int i = 0; i < population.size(); i++) {
                boolean before = base.outcome(i) == Outcome.QUALIFIES;
                boolean after = alt.outcome(i) == Outcome.QUALIFIES;
                if (after && !before) {
                    gained++;
                } else if (before && !after) {
                    lost++;
                }
            }
            out.add(new PolicyReport(policy.id(), policy.titleZh(), policy.titleEn(), policy.inForce(date), baseRun, altRun,
                    gained, lost, altRun.payable() - baseRun.payable()));
        }
        return out;
    }

    private Run summarise(Policy policy, CompiledPolicy.Results r, String[] groupKeys, Population population) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0L);
        }
        long cost = 0;
        Map<String, long[]> groups = new TreeMap<>();
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            Outcome o = r.outcome(i);
            outcomes.merge(o, 1L, Long::sum);
            if (o == Outcome.QUALIFIES) {
                long a = r.amountOrZero(i);
                cost += a;
                long[] g = groups.computeIfAbsent(groupKeys[i] == null ? "—" : groupKeys[i], k -> new long[2]);
                g[0]++;
                g[1] += a;
                if (a > 0) {
                    recipients.add(new Recipient(population.code(i), a));
                }
            }
        }
        long payable = cost;
        String note = "";
        if (policy.budget() != null && cost > policy.budget()) {
            payable = Math.round(policy.budget());
            if ("pro_rata".equals(policy.budgetRule())) {
                note = String.format(java.util.Locale.ROOT, "budget binds: pro rata, each award scaled to %.1f%%", 100.0 * policy.budget() / cost);
            } else {
                long funded = 0;
                long spent = 0;
                for (Recipient rc : recipients) {
                    if (spent + rc.amount() > policy.budget()) {
                        break;
                    }
                    spent += rc.amount();
                    funded++;
                }
                note = "budget binds: first come, " + funded + " of " + recipients.size() + " applicants funded in application order";
            }
        } else if (policy.budget() != null) {
            note = String.format(java.util.Locale.ROOT, "within budget (%.1f%% used)", policy.budget() == 0 ? 0 : 100.0 * cost / policy.budget());
        }
        recipients.sort(Comparator.comparingLong(Recipient::amount).reversed().thenComparing(Recipient::code));
        List<Group> groupList = new ArrayList<>();
        groups.forEach((k, v) -> groupList.add(new Group(k, v[0], v[1])));
        groupList.sort(Comparator.comparingLong(Group::cost).reversed().thenComparing(Comparator.comparingLong(Group::qualifying).reversed()));
        return new Run(outcomes, cost, payable, note, groupList, List.copyOf(recipients.subList(0, Math.min(TOP, recipients.size()))));
    }

    private String[] groupKeys(Population p, GroupBy by) {
        String[] keys = new String[p.size()];
        Map<String, String> secondLevel = new LinkedHashMap<>();
        for (int i = 0; i < p.size(); i++) {
            keys[i] = switch (by) {
                case DISTRICT -> p.texts("district")[i];
                case PARK -> p.texts("park")[i];
                case SEGMENT -> {
                    String main = p.mainSegment(i);
                    yield main == null ? null : secondLevel.computeIfAbsent(main, this::secondLevelOf);
                }
            };
        }
        return keys;
    }

    private String secondLevelOf(String code) {
        Segment s = taxonomy.require(code);
        if (taxonomy.depth(code) <= 1) {
            return s.code();
        }
        return taxonomy.parents(code).stream().filter(p -> p.industry() == s.industry()).findFirst()
                .map(p -> secondLevelOf(p.code())).orElse(code);
    }
}
