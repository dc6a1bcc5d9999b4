package org.xiandao.core.document.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationLinkerTest {

    private final KnownName zjPark = new KnownName(KnownName.Kind.PARK, "ZJ", "Zhangjiang Science City");
    private final KnownName zjParkZh = new KnownName(KnownName.Kind.PARK, "ZJ", "张江科学城");
    private final KnownName chips = new KnownName(KnownName.Kind.ENTERPRISE, "ENTERPRISE-1", "Harbour Chips Technology Co., Ltd.");
    private final KnownName chipsZh = new KnownName(KnownName.Kind.ENTERPRISE, "ENTERPRISE-1", "上海澄芯微电子有限公司");
    private final KnownName fund = new KnownName(KnownName.Kind.FUND, "MF-IC", "Shanghai IC Industry Mother Fund");
    private final OrganisationLinker linker = new OrganisationLinker(List.of(zjPark, zjParkZh, chips, chipsZh, fund));

    @Test
    void exactNamesLinkInBothLanguages() {
        assertThat(linker.link("Zhangjiang Science City")).satisfies(m -> {
            assertThat(m.decision()).isEqualTo(OrganisationLinker.Decision.LINK);
            assertThat(m.target()).isEqualTo(zjPark);
            assertThat(m.score()).isEqualTo(1.0);
        });
        assertThat(linker.link("张江科学城").target()).isEqualTo(zjParkZh);
    }

    @Test
    void aliasesWithoutLegalSuffixesLink() {
        assertThat(linker.link("Harbour Chips Technology").target()).isEqualTo(chips);
        assertThat(linker.link("HARBOUR CHIPS TECHNOLOGY LTD").decision()).isEqualTo(OrganisationLinker.Decision.LINK);
        assertThat(linker.link("上海澄芯微电子股份有限公司").target()).isEqualTo(chipsZh);
    }

    @Test
    void closeSpellingsLinkAboveTheThresholdAndTheRestWaitForReview() {
        OrganisationLinker.Match typo = linker.link("Harbor Chips Technology");
        assertThat(typo.decision()).isEqualTo(OrganisationLinker.Decision.LINK);
        assertThat(typo.score()).isGreaterThanOrEqualTo(OrganisationLinker.LINK_THRESHOLD).isLessThan(1.0);
        OrganisationLinker.Match shortZh = linker.link("澄芯微电子");
        assertThat(shortZh.decision()).isEqualTo(OrganisationLinker.Decision.REVIEW);
        assertThat(shortZh.target()).as("suggested, not linked").isEqualTo(chipsZh);
        OrganisationLinker.Match related = linker.link("Shanghai IC Industry Fund Management");
        assertThat(related.decision()).isEqualTo(OrganisationLinker.Decision.REVIEW);
        OrganisationLinker.Match unknown = linker.link("Riverbend Therapeutics");
        assertThat(unknown.decision()).isEqualTo(OrganisationLinker.Decision.REVIEW);
        assertThat(unknown.target()).isNull();
    }

    @Test
    void veryCommonWordsDoNotMakeCandidates() {
        List<KnownName> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new KnownName(KnownName.Kind.ENTERPRISE, "E" + i, "Example" + i + " Technology"));
        }
        OrganisationLinker big = new OrganisationLinker(many);
        assertThat(big.link("Northwind Technology").target()).isNull();
        assertThat(big.link("Example7 Technology").target().id()).isEqualTo("E7");
    }
}
