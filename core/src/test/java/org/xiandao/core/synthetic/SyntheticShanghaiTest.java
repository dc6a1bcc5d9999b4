package org.xiandao.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.FundingStage;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.park.Parks;

class SyntheticShanghaiTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final Parks PARKS = Parks.shipped(TAXONOMY);
    private static final List<Enterprise> SAMPLE = new SyntheticShanghai(TAXONOMY, PARKS, 42).enterprises(20_000).toList();

    @Test
    void sameSeedGivesTheSamePopulation() {
        List<Enterprise> again = new SyntheticShanghai(TAXONOMY, PARKS, 42).enterprises(500).toList();
        assertThat(again).isEqualTo(SAMPLE.subList(0, 500));
    }

    @Test
    void anotherSeedGivesAnotherPopulation() {
        List<Enterprise> other = new SyntheticShanghai(TAXONOMY, PARKS, 43).enterprises(100).toList();
        assertThat(other).isNotEqualTo(SAMPLE.subList(0, 100));
    }

    @Test
    void enterpriseDependsOnlyOnSeedAndIndex() {
        assertThat(new SyntheticShanghai(TAXONOMY, PARKS, 42).enterprise(12_345)).isEqualTo(SAMPLE.get(12_345));
    }

    @Test
    void codesAreValidAndUniqueAndMatchTheDistrict() {
        Set<UnifiedSocialCreditCode> codes = new HashSet<>();
        for (Enterprise e : SAMPLE) {
            assertThat(UnifiedSocialCreditCode.isValid(e.code().value())).isTrue();
            assertThat(e.code().divisionCode()).isEqualTo(e.district().divisionCode());
            codes.add(e.code());
        }
        assertThat(codes).hasSize(SAMPLE.size());
    }

    @Test
    void everyRecordIsMarkedSynthetic() {
        assertThat(SAMPLE).allMatch(e -> e.origin().isSynthetic() && e.description().contains("Synthetic"));
    }

    @Test
    void segmentsAreKnownLeaves() {
        assertThat(SAMPLE).allMatch(e -> e.segments().stream().allMatch(TAXONOMY::isLeaf));
    }

    @Test
    void revenueAndStaffAreHeavyTailed() {
        long[] staff = SAMPLE.stream().mapToLong(e -> e.headcount().staff()).sorted().toArray();
        long median = staff[staff.length / 2];
        long p99 = staff[(int) (staff.length * 0.99)];
        assertThat(median).isBetween(10L, 60L);
        assertThat(p99).isGreaterThan(median * 15);
        long[] revenue = SAMPLE.stream().mapToLong(e -> e.financials().revenue()).filter(r -> r > 0).sorted().toArray();
        double top1Share = share(revenue, 0.99);
        assertThat(top1Share).as("share of revenue earned by the top 1%").isGreaterThan(0.15);
    }

    @Test
    void rdIntensityIsHigherInDrugsThanInPackaging() {
        assertThat(medianIntensity("BIO-1")).isGreaterThan(medianIntensity("IC-4") * 3);
    }

    @Test
    void icDesignAndBiomedicineClusterInPudongAndManufacturingInLingang() {
        Map<String, Long> designParks = countBy(e -> e.segments().get(0).startsWith("IC-2") ? e.parkCode() : null);
        assertThat(designParks.get("ZJ")).isGreaterThan(designParks.getOrDefault("LG", 0L));
        long bioInPudong = SAMPLE.stream().filter(e -> e.segments().get(0).startsWith("BIO-1")).filter(e -> e.district() == District.PUDONG).count();
        long bioTotal = SAMPLE.stream().filter(e -> e.segments().get(0).startsWith("BIO-1")).count();
        assertThat((double) bioInPudong / bioTotal).isGreaterThan(0.3);
        Map<String, Long> fabParks = countBy(e -> e.segments().get(0).startsWith("IC-3") ? e.parkCode() : null);
        assertThat(fabParks).containsKey("LG").doesNotContainKey("WB");
        Map<String, Long> aiParks = countBy(e -> e.segments().get(0).startsWith("AI-4") ? e.parkCode() : null);
        assertThat(aiParks).containsKeys("WB", "ZJ");
    }

    @Test
    void coversEveryDistrictAndSeveralFundingStages() {
        assertThat(SAMPLE.stream().map(Enterprise::district).collect(Collectors.toSet())).hasSize(16);
        Map<FundingStage, Long> stages = SAMPLE.stream().collect(Collectors.groupingBy(Enterprise::stage, Collectors.counting()));
        assertThat(stages.keySet()).contains(FundingStage.NONE, FundingStage.ANGEL, FundingStage.SERIES_A, FundingStage.SERIES_B, FundingStage.LISTED);
        assertThat(stages.get(FundingStage.LISTED)).isLessThan(stages.get(FundingStage.SERIES_A));
    }

    @Test
    void foundingDatesLieBeforeTheReferenceDateAndYoungFirmsAreCommon() {
        assertThat(SAMPLE).allMatch(e -> e.founded().isBefore(SyntheticShanghai.REFERENCE_DATE) && e.founded().getYear() >= 1992);
        long young = SAMPLE.stream().filter(e -> e.founded().getYear() >= 2018).count();
        assertThat((double) young / SAMPLE.size()).isBetween(0.4, 0.8);
    }

    private static double medianIntensity(String prefix) {
        double[] v = SAMPLE.stream().filter(e -> e.segments().get(0).startsWith(prefix))
                .filter(e -> e.financials().revenue() > 0)
                .mapToDouble(e -> (double) e.financials().rdExpense(2) / e.financials().revenue()).sorted().toArray();
        return v[v.length / 2];
    }

    private static Map<String, Long> countBy(Function<Enterprise, String> key) {
        return SAMPLE.stream().map(key).filter(k -> k != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static double share(long[] sorted, double quantile) {
        long total = 0;
        long top = 0;
        int cut = (int) (sorted.length * quantile);
        for (int i = 0; i < sorted.length; i++) {
            total += sorted[i];
            if (i >= cut) {
                top += sorted[i];
            }
        }
        return (double) top / total;
    }
}
