package org.xiandao.web.park;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.park.Park;
import org.xiandao.core.park.ParkEcology;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.simulation.PolicySimulation;
import org.xiandao.store.Store;
import org.xiandao.web.policy.PolicyService;
import org.xiandao.web.system.NotFoundException;
import org.xiandao.web.system.PopulationCache;

/**
 * A park's page: its ecology (stages, segments, funds), the policies its enterprises qualify for with what
 * they would cost, its density per segment against the city and what it lacks along the chains it hosts.
 */
public final class ParkProfiles {

    /** A policy as the park's enterprises meet it: how many qualify and what paying them would cost. */
    public record PolicyUse(String policyId, String titleZh, String titleEn, long qualifying, long cost) {
    }

    public record Profile(Park park, LocalDate date, ParkEcology.Profile ecology, long cityEnterprises,
                          Map<String, Double> density, List<String> lacks, List<PolicyUse> policies) {
    }

    private final Store store;
    private final PopulationCache population;
    private final PolicyService policies;

    public ParkProfiles(Store store, PopulationCache population, PolicyService policies) {
        this.store = store;
        this.population = population;
        this.policies = policies;
    }

    public Park park(String code) {
        return store.parks().all().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("no park '" + code + "'; parks: "
                        + String.join(", ", store.parks().all().stream().map(Park::code).toList())));
    }

    public Profile of(String code, LocalDate date) {
        return of(List.of(code), date).get(0);
    }

    /**
     * Several parks' profiles, in the order asked. The matrix, the policy simulation and the fund family
     * are computed once for all of them, so comparing two parks costs about as much as showing one.
     */
    public List<Profile> of(List<String> codes, LocalDate date) {
        List<Park> asked = codes.stream().map(this::park).toList();
        ParkMatrix.Result matrix = ParkMatrix.of(store);
        List<PolicySimulation.PolicyReport> reports = policies.simulate(date, Scenario.BASELINE, PolicySimulation.GroupBy.PARK);
        var family = store.funds().load();
        var pop = population.get();
        List<Profile> out = new ArrayList<>();
        for (Park park : asked) {
            Map<String, Double> density = new LinkedHashMap<>();
            matrix.cells().stream().filter(c -> c.park().equals(park.code())).forEach(c -> density.put(c.segment(), c.density()));
            List<String> lacks = matrix.parks().stream().filter(r -> r.park().code().equals(park.code())).findFirst()
                    .map(ParkMatrix.ParkRow::lacks).orElse(List.of());
            List<PolicyUse> uses = new ArrayList<>();
            for (PolicySimulation.PolicyReport r : reports) {
                if (r.inForce()) {
                    r.baseline().groups().stream().filter(g -> park.code().equals(g.key())).findFirst()
                            .ifPresent(g -> uses.add(new PolicyUse(r.policyId(), r.titleZh(), r.titleEn(), g.qualifying(), g.cost())));
                }
            }
            uses.sort(java.util.Comparator.comparingLong(PolicyUse::qualifying).reversed());
            out.add(new Profile(park, date, ParkEcology.of(park.code(), pop, store.taxonomy(), family), pop.size(), density, lacks,
                    List.copyOf(uses)));
        }
        return out;
    }

    /** A funding stage's name in the page's language; the code itself when it is not a known stage. */
    public static String stageName(String code, boolean zh) {
        return java.util.Arrays.stream(org.xiandao.core.enterprise.FundingStage.values()).filter(s -> s.name().equals(code))
                .findFirst().map(s -> zh ? s.nameZh() : s.nameEn()).orElse(code);
    }
}
