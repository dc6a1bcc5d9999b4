package org.xiandao.core.park;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.synthetic.SyntheticFundFamily;
import org.xiandao.core.synthetic.SyntheticShanghai;

class ParkEcologyTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final Parks PARKS = Parks.shipped(TAXONOMY);
    private static final List<Enterprise> FIRMS = new SyntheticShanghai(TAXONOMY, PARKS, 5).enterprises(6_000).toList();
    private static final FundFamily FAMILY = new SyntheticFundFamily(TAXONOMY, 3).generate(FIRMS, 20, 50, LocalDate.of(2026, 9, 30));
    private static final Population POPULATION = Population.of(FIRMS, TAXONOMY);

    @Test
    void countsMatchADirectComputationForEveryPark() {
        for (Park park : PARKS.all()) {
            ParkEcology.Profile p = ParkEcology.of(park.code(), POPULATION, TAXONOMY, FAMILY);
            List<Enterprise> in = FIRMS.stream().filter(e -> park.code().equals(e.parkCode())).toList();
            assertThat(p.enterprises()).as(park.code()).isEqualTo(in.size());
            assertThat(p.byStage().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(in.size());
            Set<String> codes = in.stream().map(e -> e.code().value()).collect(Collectors.toSet());
            List<Investment> direct = FAMILY.investments().stream().filter(i -> codes.contains(i.enterpriseCode())).toList();
            assertThat(p.funds().stream().mapToInt(org.xiandao.core.fund.FundReach.FundPresence::investments).sum()).isEqualTo(direct.size());
            assertThat(p.funds().stream().map(org.xiandao.core.fund.FundReach.FundPresence::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(direct.stream().map(Investment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(p.funds()).extracting(org.xiandao.core.fund.FundReach.FundPresence::amount).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    @Test
    void segmentsAreSecondLevelAndTheHostedChainDominates() {
        ParkEcology.Profile zj = ParkEcology.of("ZJ", POPULATION, TAXONOMY, FAMILY);
        assertThat(zj.bySegment().keySet()).allSatisfy(code -> assertThat(TAXONOMY.depth(code)).isLessThanOrEqualTo(1));
        for (String group : List.of("IC-2", "BIO-1", "AI-6")) {
            Set<String> under = TAXONOMY.selfAndDescendants(group);
            long direct = FIRMS.stream().filter(e -> "ZJ".equals(e.parkCode()) && e.segments().stream().anyMatch(under::contains)).count();
            assertThat(zj.bySegment().getOrDefault(group, 0L)).as(group).isEqualTo(direct);
        }
        assertThat(List.copyOf(zj.byStage().keySet())).isSortedAccordingTo(
                java.util.Comparator.comparing((String s) -> org.xiandao.core.enterprise.FundingStage.valueOf(s)));
        assertThat(zj.enterprises()).isPositive();
    }

    @Test
    void anUnknownParkIsEmpty() {
        ParkEcology.Profile none = ParkEcology.of("NOPE", POPULATION, TAXONOMY, FAMILY);
        assertThat(none.enterprises()).isZero();
        assertThat(none.funds()).isEmpty();
    }

    @Test
    void parksHostASegmentThroughItsAncestorsAndDescendants() {
        // LG's focus includes IC-3 (fabs): it hosts IC-3, its sub-segment IC-3.1 and its parent IC.
        assertThat(PARKS.hosting("IC-3", TAXONOMY)).extracting(Park::code).contains("LG").doesNotContain("ZJ");
        assertThat(PARKS.hosting("IC-3.1", TAXONOMY)).extracting(Park::code).contains("LG");
        assertThat(PARKS.hosting("IC", TAXONOMY)).extracting(Park::code).contains("LG", "ZJ");
    }
}
