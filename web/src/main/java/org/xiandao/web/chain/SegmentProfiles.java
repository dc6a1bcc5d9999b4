package org.xiandao.web.chain;

import java.time.LocalDate;
import java.util.List;
import org.xiandao.core.chain.ChainEdge;
import org.xiandao.core.chain.ChainHealth;
import org.xiandao.core.chain.EdgeKind;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.SegmentHealth;
import org.xiandao.core.chain.SegmentReach;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.fund.FundReach;
import org.xiandao.core.park.Park;
import org.xiandao.store.Store;
import org.xiandao.store.enterprise.EnterpriseQuery;
import org.xiandao.web.policy.PolicyService;
import org.xiandao.web.system.NotFoundException;
import org.xiandao.web.system.PopulationCache;

/**
 * A segment's page: its health and weak-link components, where it sits (parents, sub-segments, what it is
 * made from and what it goes into), its leading enterprises, the parks that host it, and the guidance
 * funds and policies that reach its enterprises.
 */
public final class SegmentProfiles {

    /**
     * @param health    null when the segment is not on the supply graph (a sub-segment below it)
     * @param suppliers segments that go into it directly; {@code customers} those it goes into
     */
    public record Profile(Segment segment, LocalDate date, SegmentHealth health, List<Segment> parents, List<Segment> children,
                          List<String> suppliers, List<String> customers, int enterprises, List<Enterprise> leaders,
                          List<String> hostParks, List<FundReach.FundPresence> funds, List<SegmentReach.PolicyReach> policies) {
    }

    private final Store store;
    private final PopulationCache population;
    private final PolicyService policies;

    public SegmentProfiles(Store store, PopulationCache population, PolicyService policies) {
        this.store = store;
        this.population = population;
        this.policies = policies;
    }

    public Profile of(String rawCode, LocalDate date) {
        Taxonomy taxonomy = store.taxonomy();
        String code = rawCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!taxonomy.contains(code)) {
            throw new NotFoundException("no segment '" + rawCode + "'; nearest codes: " + String.join(", ", taxonomy.nearestCodes(code, 3)));
        }
        Population pop = population.get();
        SegmentHealth health = ChainHealth.of(taxonomy, pop).stream().filter(h -> h.code().equals(code)).findFirst().orElse(null);
        List<String> suppliers = taxonomy.edges(EdgeKind.GOES_INTO).stream().filter(e -> e.to().equals(code)).map(ChainEdge::from).toList();
        List<String> customers = taxonomy.edges(EdgeKind.GOES_INTO).stream().filter(e -> e.from().equals(code)).map(ChainEdge::to).toList();
        SegmentReach reach = SegmentReach.of(code, pop, taxonomy);
        List<Enterprise> leaders = store.enterprises().search(new EnterpriseQuery(null, code, null, null, null,
                EnterpriseQuery.Sort.RD, true, 1, 10), taxonomy).items();
        List<String> hosts = store.parks().hosting(code, taxonomy).stream().map(Park::code).toList();
        return new Profile(taxonomy.require(code), date, health, taxonomy.parents(code), taxonomy.children(code), suppliers, customers,
                reach.enterprises(), leaders, hosts, FundReach.of(reach.codes(), store.funds().load()),
                reach.policies(policies.policies(), taxonomy, date));
    }
}
