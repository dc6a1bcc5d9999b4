package org.xiandao.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy shipped = TaxonomyReader.shipped();

    @Test
    void shippedTaxonomyHasTheThreeIndustryRoots() {
        for (Industry industry : Industry.values()) {
            assertThat(shipped.require(industry.rootCode()).isRoot()).isTrue();
        }
    }

    @Test
    void everySegmentReachesItsIndustryRoot() {
        for (Segment s : shipped.segments()) {
            if (!s.isRoot()) {
                assertThat(shipped.ancestors(s.code())).as(s.code()).contains(s.industry().rootCode());
            }
        }
    }

    @Test
    void integratedCircuitsGoThreeLevelsDeepFromEdaToMaterials() {
        assertThat(shipped.depth("IC-1.1")).isEqualTo(2);
        assertThat(shipped.require("IC-1.1").nameEn()).isEqualTo("EDA software");
        assertThat(shipped.children("IC-6")).extracting(Segment::code).contains("IC-6.1", "IC-6.2", "IC-6.8");
        assertThat(shipped.require("IC-6").position()).isEqualTo(ChainPosition.UPSTREAM);
    }

    @Test
    void containsTheSegmentsTheSeedReportNames() {
        assertThat(shipped.require("BIO-2").nameEn()).isEqualTo("Cell therapy");
        assertThat(shipped.require("BIO-3").nameEn()).isEqualTo("Gene therapy");
        assertThat(shipped.require("BIO-4").nameEn()).isEqualTo("Synthetic biology");
        assertThat(shipped.require("AI-1").nameEn()).isEqualTo("Compute");
        assertThat(shipped.require("AI-4").nameEn()).isEqualTo("Foundation models");
        assertThat(shipped.require("AI-6").nameEn()).isEqualTo("Applications");
        assertThat(shipped.require("AI-7").nameEn()).contains("Robotics");
    }

    @Test
    void aiChipsBelongToBothIcAndAi() {
        assertThat(shipped.parents("IC-2.2")).extracting(Segment::code).containsExactlyInAnyOrder("IC-2", "AI-1");
        assertThat(shipped.industriesOf("IC-2.2")).containsExactlyInAnyOrder(Industry.IC, Industry.AI);
        assertThat(shipped.selfAndDescendants("AI")).contains("IC-2.2");
    }

    @Test
    void supplyEdgesDescribeTheChain() {
        assertThat(shipped.suppliersOf("IC-3")).extracting(Segment::code).contains("IC-5.1", "IC-6.2");
        assertThat(shipped.customersOf("IC-3")).extracting(Segment::code).containsExactly("IC-4");
    }

    @Test
    void classificationCodesAreKeptWhereKnown() {
        assertThat(shipped.require("IC-2").gbtCode()).isEqualTo("6520");
        assertThat(shipped.require("IC-3").gbtCode()).isEqualTo("3973");
        assertThat(shipped.require("AI-4").gbtCode()).isEmpty();
    }

    @Test
    void unknownCodeNamesTheNearestCodes() {
        assertThatThrownBy(() -> shipped.require("IC-22"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("unknown segment 'IC-22'")
                .hasMessageContaining("IC-2");
    }

    @Test
    void rejectsACycleInIsTypeOf() {
        String segments = header() + "IC,,IC,MIDSTREAM,a,a,,\nIC-1,IC|IC-2,IC,UPSTREAM,b,b,,\nIC-2,IC-1,IC,UPSTREAM,c,c,,\n";
        assertThatThrownBy(() -> read(segments, "from,to\n"))
                .isInstanceOf(TaxonomyException.class).hasMessageContaining("IS_TYPE_OF edges form a cycle");
    }

    @Test
    void rejectsACycleInGoesInto() {
        String segments = header() + "IC,,IC,MIDSTREAM,a,a,,\nIC-1,IC,IC,UPSTREAM,b,b,,\nIC-2,IC,IC,UPSTREAM,c,c,,\n";
        assertThatThrownBy(() -> read(segments, "from,to\nIC-1,IC-2\nIC-2,IC-1\n"))
                .isInstanceOf(TaxonomyException.class).hasMessageContaining("GOES_INTO edges form a cycle");
    }

    @Test
    void rejectsASegmentCutOffFromItsRoot() {
        String segments = header() + "IC,,IC,MIDSTREAM,a,a,,\nIC-1,,IC,UPSTREAM,b,b,,\n";
        assertThatThrownBy(() -> read(segments, "from,to\n"))
                .isInstanceOf(TaxonomyException.class).hasMessageContaining("does not reach its industry root IC");
    }

    @Test
    void rejectsAnEdgeToAnUnknownSegment() {
        String segments = header() + "IC,,IC,MIDSTREAM,a,a,,\n";
        assertThatThrownBy(() -> read(segments, "from,to\nIC,IC-9\n"))
                .isInstanceOf(TaxonomyException.class).hasMessageContaining("unknown segment IC-9");
    }

    private static String header() {
        return "code,parents,industry,position,name_zh,name_en,sei_2018,gbt_4754\n";
    }

    private static Taxonomy read(String segments, String supply) throws IOException {
        return TaxonomyReader.read(new StringReader(segments), new StringReader(supply));
    }
}
