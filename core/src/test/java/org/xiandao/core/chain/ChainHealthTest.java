package org.xiandao.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.park.Parks;
import org.xiandao.core.synthetic.SyntheticShanghai;

class ChainHealthTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final List<Enterprise> FIRMS = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 9).enterprises(8_000).toList();
    private static final List<SegmentHealth> HEALTH = ChainHealth.of(TAXONOMY, Population.of(FIRMS, TAXONOMY));

    private static SegmentHealth of(String code) {
        return HEALTH.stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void coversEverySegmentOfTheSupplyGraph() {
        assertThat(HEALTH).extracting(SegmentHealth::code).containsExactlyInAnyOrderElementsOf(ChainLayers.members(TAXONOMY));
    }

    @Test
    void aggregatesMatchADirectComputation() {
        for (String code : List.of("IC-3", "IC-2", "BIO-2", "AI-4")) {
            Set<String> under = TAXONOMY.selfAndDescendants(code);
            List<Enterprise> in = FIRMS.stream().filter(e -> e.segments().stream().anyMatch(under::contains)).toList();
            SegmentHealth h = of(code);
            assertThat(h.enterprises()).as(code).isEqualTo(in.size());
            long revenue = in.stream().mapToLong(e -> e.financials().revenue()).sum();
            assertThat(h.revenue()).isEqualTo(revenue);
            assertThat(h.rdExpense()).isEqualTo(in.stream().mapToLong(e -> e.financials().rdExpense(2)).sum());
            double hhi = in.stream().mapToDouble(e -> Math.pow((double) e.financials().revenue() / revenue, 2)).sum();
            assertThat(h.hhi()).isCloseTo(hhi, within(1e-9));
            long[] sorted = in.stream().mapToLong(e -> e.financials().revenue()).sorted().toArray();
            int k = sorted.length;
            assertThat(h.top1Share()).isCloseTo((double) sorted[k - 1] / revenue, within(1e-12));
            assertThat(h.top3Share()).isCloseTo((double) (sorted[k - 1] + sorted[k - 2] + sorted[k - 3]) / revenue, within(1e-12));
        }
    }

    @Test
    void weakLinkComponentsAreBoundedAndAddUpToTheScore() {
        for (SegmentHealth h : HEALTH) {
            WeakLink w = h.weakLink();
            for (double c : new double[] {w.thinness(), w.concentration(), w.rdGap(), w.dependence()}) {
                assertThat(c).as(h.code()).isBetween(0.0, 1.0);
            }
            assertThat(w.score()).isCloseTo(WeakLink.W_THINNESS * w.thinness() + WeakLink.W_CONCENTRATION * w.concentration()
                    + WeakLink.W_RD_GAP * w.rdGap() + WeakLink.W_DEPENDENCE * w.dependence(), within(1e-12));
        }
    }

    @Test
    void upstreamSegmentsFeedingTheWholeChainReachFurthest() {
        // Lithography tools go into fabs, which go into packaging, which goes into AI compute, robots and devices.
        assertThat(of("IC-5.1").weakLink().dependence()).isGreaterThan(of("AI-6").weakLink().dependence());
        assertThat(of("AI-6.1").customers()).contains("BIO-5.1");
    }

    @Test
    void weakLinksComeWeakestFirstAndThinSuppliersAreNamed() {
        List<SegmentHealth> weak = ChainHealth.weakLinks(HEALTH);
        assertThat(weak).extracting(h -> h.weakLink().score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        SegmentHealth fab = of("IC-3");
        Set<String> thin = Set.copyOf(fab.thinSuppliers());
        for (String s : fab.suppliers()) {
            assertThat(thin.contains(s)).isEqualTo(of(s).weakLink().score() > ChainHealth.THIN);
        }
    }
}
