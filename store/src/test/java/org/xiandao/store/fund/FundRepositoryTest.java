package org.xiandao.store.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.synthetic.SyntheticFundFamily;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.Backend;
import org.xiandao.store.testing.TestStores.TestStore;

class FundRepositoryTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theFamilyReadsBackExactlyAndReplacingItChangesNothingElse(Backend backend) {
        try (TestStore t = TestStores.open(backend, temp)) {
            FundFamily family = new SyntheticFundFamily(Fixtures.TAXONOMY, 3).generate(Fixtures.synthetic(2_000), 4, 10, LocalDate.of(2026, 9, 30));
            t.store().funds().replaceSynthetic(family);
            FundFamily back = t.store().funds().load();
            assertThat(back.funds()).containsExactlyInAnyOrderElementsOf(family.funds());
            assertThat(back.commitments()).containsExactlyInAnyOrderElementsOf(family.commitments());
            assertThat(back.flows()).containsExactlyInAnyOrderElementsOf(family.flows());
            assertThat(back.valuations()).containsExactlyInAnyOrderElementsOf(family.valuations());
            assertThat(back.investments()).containsExactlyInAnyOrderElementsOf(family.investments());
            t.store().funds().replaceSynthetic(family);
            assertThat(t.store().funds().count()).isEqualTo(family.funds().size());
        }
    }
}
