package org.xiandao.store.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiandao.core.chain.TaxonomyException;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.core.enterprise.StaffBand;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.Backend;
import org.xiandao.store.testing.TestStores.TestStore;

/** The store suite: every test runs on DuckDB and on PostgreSQL. */
class EnterpriseRepositoryTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storesAndReadsBackEveryField(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            Enterprise e = Fixtures.synthetic(50).stream().filter(x -> x.segments().size() > 1 || x.parkCode() != null).findFirst().orElseThrow();
            t.store().enterprises().upsert(List.of(e));
            assertThat(t.store().enterprises().find(e.code().value())).contains(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upsertByCreditCodeChangesNothingTheSecondTime(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            EnterpriseRepository repo = t.store().enterprises();
            List<Enterprise> firms = List.of(Fixtures.designFirm(1), Fixtures.designFirm(2));
            repo.upsert(firms);
            repo.upsert(firms);
            assertThat(repo.count()).isEqualTo(2);
            assertThat(repo.countBySegment()).containsEntry("IC-2.1", 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upsertReplacesChangedFieldsAndSegments(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            EnterpriseRepository repo = t.store().enterprises();
            Enterprise before = Fixtures.designFirm(3);
            repo.upsert(List.of(before));
            Enterprise after = new Enterprise(before.code(), "改名芯片有限公司", before.nameEn(), before.founded(), District.XUHUI,
                    null, before.headcount(), before.financials(), before.ip(), before.stage(), List.of("IC-2.2", "AI-1.1"),
                    before.description(), before.origin());
            repo.upsert(List.of(after));
            assertThat(repo.find(before.code().value())).contains(after);
            assertThat(repo.countBySegment()).doesNotContainKey("IC-2.1");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void replacesTheSyntheticPopulationButKeepsImportedRecords(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            EnterpriseRepository repo = t.store().enterprises();
            repo.upsert(List.of(Fixtures.designFirm(9)));
            long[] lastProgress = {0};
            assertThat(repo.replaceSynthetic(Fixtures.synthetic(300).iterator(), n -> lastProgress[0] = n)).isEqualTo(300);
            assertThat(lastProgress[0]).isEqualTo(300);
            repo.replaceSynthetic(Fixtures.synthetic(200).iterator(), n -> { });
            assertThat(repo.countByOrigin()).containsEntry(Origin.Kind.SYNTHETIC, 200L).containsEntry(Origin.Kind.IMPORTED, 1L);
            assertThat(repo.find(Fixtures.synthetic(1).get(0).code().value())).contains(Fixtures.synthetic(1).get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void searchFiltersSortsAndPages(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            EnterpriseRepository repo = t.store().enterprises();
            List<Enterprise> population = Fixtures.synthetic(1_000);
            repo.replaceSynthetic(population.iterator(), n -> { });

            EnterpriseQuery ic = new EnterpriseQuery(null, "IC", null, null, null, EnterpriseQuery.Sort.REVENUE, true, 1, 10);
            EnterprisePage first = repo.search(ic, Fixtures.TAXONOMY);
            var icSegments = Fixtures.TAXONOMY.selfAndDescendants("IC");
            long expectedIc = population.stream().filter(e -> e.segments().stream().anyMatch(icSegments::contains)).count();
            assertThat(first.total()).isEqualTo(expectedIc);
            assertThat(first.items()).hasSize(10);
            assertThat(first.items()).extracting(e -> e.financials().revenue()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            EnterprisePage second = repo.search(ic.withPage(2), Fixtures.TAXONOMY);
            assertThat(second.items().get(0).financials().revenue()).isLessThanOrEqualTo(first.items().get(9).financials().revenue());
            assertThat(second.items()).doesNotContainAnyElementsOf(first.items());

            EnterpriseQuery pudongSmall = new EnterpriseQuery(null, null, District.PUDONG, null, StaffBand.SMALL,
                    EnterpriseQuery.Sort.STAFF, false, 1, 200);
            long expected = population.stream().filter(e -> e.district() == District.PUDONG && StaffBand.of(e.headcount().staff()) == StaffBand.SMALL).count();
            EnterprisePage page = repo.search(pudongSmall, Fixtures.TAXONOMY);
            assertThat(page.total()).isEqualTo(expected);
            assertThat(page.items()).allMatch(e -> e.district() == District.PUDONG);

            Enterprise someone = population.get(17);
            String fragment = someone.nameZh().substring(0, 4);
            assertThat(repo.search(new EnterpriseQuery(fragment, null, null, null, null, null, true, 1, 200), Fixtures.TAXONOMY).items())
                    .contains(someone);
            assertThat(repo.search(new EnterpriseQuery(someone.code().value().toLowerCase(), null, null, null, null, null, true, 1, 5), Fixtures.TAXONOMY).items())
                    .containsExactly(someone);
            assertThat(repo.search(new EnterpriseQuery(null, null, null, "ZJ", null, EnterpriseQuery.Sort.NAME, false, 1, 200), Fixtures.TAXONOMY).items())
                    .allMatch(e -> "ZJ".equals(e.parkCode()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void countsForTheOverview(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            EnterpriseRepository repo = t.store().enterprises();
            List<Enterprise> population = Fixtures.synthetic(500);
            repo.replaceSynthetic(population.iterator(), n -> { });
            Map<District, Long> byDistrict = repo.countByDistrict();
            assertThat(byDistrict.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(500);
            assertThat(byDistrict.get(District.PUDONG)).isEqualTo(population.stream().filter(e -> e.district() == District.PUDONG).count());
            var bioSegments = Fixtures.TAXONOMY.selfAndDescendants("BIO");
            long bio = population.stream().filter(e -> e.segments().stream().anyMatch(bioSegments::contains)).count();
            assertThat(bio).isLessThan(500);
            assertThat(repo.countInSegments(bioSegments)).isEqualTo(bio);
            assertThat(repo.countByPark().get("ZJ")).isEqualTo(population.stream().filter(e -> "ZJ".equals(e.parkCode())).count());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void searchByUnknownSegmentNamesTheNearestCodes(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            EnterpriseQuery q = new EnterpriseQuery(null, "IC-9", null, null, null, null, true, 1, 10);
            assertThatThrownBy(() -> t.store().enterprises().search(q, Fixtures.TAXONOMY))
                    .isInstanceOf(TaxonomyException.class).hasMessageContaining("nearest codes");
        }
    }
}
