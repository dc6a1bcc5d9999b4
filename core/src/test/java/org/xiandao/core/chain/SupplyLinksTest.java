package org.xiandao.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.park.Parks;
import org.xiandao.core.synthetic.SyntheticShanghai;

class SupplyLinksTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final List<Enterprise> FIRMS = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 3).enterprises(4_000).toList();
    private static final Population POPULATION = Population.of(FIRMS, TAXONOMY);

    @Test
    void agreesWithADirectComputationOverRandomEdges() {
        Random random = new Random(17);
        int e = 40_000;
        int[] sup = new int[e];
        int[] cus = new int[e];
        for (int k = 0; k < e; k++) {
            sup[k] = random.nextInt(FIRMS.size());
            cus[k] = random.nextInt(FIRMS.size());
        }
        int[] inv = new int[500];
        long[] amt = new long[500];
        for (int k = 0; k < inv.length; k++) {
            inv[k] = random.nextInt(FIRMS.size());
            amt[k] = 1_000_000L + random.nextInt(50_000_000);
        }
        List<SupplyLinks.SegmentLinks> links = SupplyLinks.of(TAXONOMY, POPULATION,
                new SupplyLinks.SupplyEdges(sup, cus), new SupplyLinks.InvestmentEdges(inv, amt));
        assertThat(links).extracting(SupplyLinks.SegmentLinks::code).containsExactlyElementsOf(ChainLayers.members(TAXONOMY));
        int checked = 0;
        for (SupplyLinks.SegmentLinks l : links) {
            Set<String> under = TAXONOMY.selfAndDescendants(l.code());
            Set<String> into = new HashSet<>(TAXONOMY.ancestors(l.code()));
            into.add(l.code());
            Set<String> supplierCodes = new HashSet<>();
            TAXONOMY.edges(EdgeKind.GOES_INTO).stream().filter(x -> into.contains(x.to()))
                    .forEach(x -> supplierCodes.addAll(TAXONOMY.selfAndDescendants(x.from())));
            Set<Integer> supplied = new HashSet<>();
            for (int k = 0; k < e; k++) {
                if (in(cus[k], under) && in(sup[k], supplierCodes)) {
                    supplied.add(cus[k]);
                }
            }
            Set<Integer> backed = new HashSet<>();
            long amount = 0;
            for (int k = 0; k < inv.length; k++) {
                if (in(inv[k], under)) {
                    backed.add(inv[k]);
                    amount += amt[k];
                }
            }
            long members = FIRMS.stream().filter(f -> f.segments().stream().anyMatch(under::contains)).count();
            assertThat(l.enterprises()).as(l.code()).isEqualTo(members);
            assertThat(l.locallySupplied()).as(l.code()).isEqualTo(supplied.size());
            assertThat(l.fundBacked()).as(l.code()).isEqualTo(backed.size());
            assertThat(l.fundAmount()).as(l.code()).isEqualTo(amount);
            checked += supplied.isEmpty() ? 0 : 1;
        }
        assertThat(checked).as("segments with local supply").isGreaterThan(5);
    }

    @Test
    void noEdgesMeansNothingSupplied() {
        List<SupplyLinks.SegmentLinks> links = SupplyLinks.of(TAXONOMY, POPULATION,
                new SupplyLinks.SupplyEdges(new int[0], new int[0]), new SupplyLinks.InvestmentEdges(new int[0], new long[0]));
        assertThat(links).allSatisfy(l -> {
            assertThat(l.locallySupplied()).isZero();
            assertThat(l.locallySuppliedShare()).isZero();
        });
    }

    @Test
    void mismatchedArraysAreRefused() {
        assertThatThrownBy(() -> new SupplyLinks.SupplyEdges(new int[2], new int[1])).hasMessageContaining("differ in length");
    }

    private static boolean in(int i, Set<String> codes) {
        return FIRMS.get(i).segments().stream().anyMatch(codes::contains);
    }
}
