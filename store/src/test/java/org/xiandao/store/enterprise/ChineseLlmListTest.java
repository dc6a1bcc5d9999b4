package org.xiandao.store.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiandao.store.testing.SharedData;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.TestStore;

/** The real awesome-LLMs-In-China table: messy, one organisation with several models, no credit codes. */
class ChineseLlmListTest {

    @TempDir
    Path temp;

    private static Path readme() {
        return SharedData.folder("awesome-llms-in-china").resolve("README.md");
    }

    @Test
    void keepsShanghaiRowsAndMergesOrganisationsWithSeveralModels() throws IOException {
        List<String> lines = Files.readAllLines(readme());
        long shanghaiRows = lines.stream().filter(l -> l.matches("^\\|\\d+\\|.*"))
                .filter(l -> l.split("\\|")[4].strip().startsWith("上海")).count();
        List<UnidentifiedEnterprise> orgs = ChineseLlmList.read(readme(), "上海");
        assertThat(shanghaiRows).isGreaterThan(30);
        assertThat(orgs.size()).isLessThan((int) shanghaiRows);
        Map<String, UnidentifiedEnterprise> byName = orgs.stream().collect(Collectors.toMap(UnidentifiedEnterprise::name, o -> o));
        // 上海交通大学 appears on two rows of the list (白玉兰 and K2): one entry, both models.
        UnidentifiedEnterprise sjtu = byName.get("上海交通大学");
        assertThat(sjtu.note()).contains("白玉兰").contains("K2");
        // Links are reduced to their text, and the source line is kept.
        UnidentifiedEnterprise sensetime = byName.get("商汤科技");
        assertThat(sensetime.note()).contains("商量").doesNotContain("https://");
        assertThat(lines.get(sensetime.row() - 1)).contains("商汤科技");
        assertThat(sensetime.segments()).containsExactly("AI-4.1");
        assertThat(byName.get("达观数据").segments()).containsExactly("AI-4.2");
        assertThat(orgs).allMatch(o -> o.city().startsWith("上海") && o.source().equals("README.md"));
        assertThat(byName).doesNotContainKey("百度");
    }

    @Test
    void holdsThemForIdentificationAndReimportingChangesNothing() {
        try (TestStore t = TestStores.duckDb(temp)) {
            List<UnidentifiedEnterprise> orgs = ChineseLlmList.read(readme(), "上海");
            t.store().unidentified().upsert(orgs);
            t.store().unidentified().upsert(ChineseLlmList.read(readme(), "上海"));
            assertThat(t.store().unidentified().count()).isEqualTo(orgs.size());
            assertThat(t.store().unidentified().all()).containsExactlyInAnyOrderElementsOf(orgs);
            assertThat(t.store().enterprises().count()).isZero();
        }
    }

    @Test
    void rejectsAFileWithoutTheTable() throws IOException {
        Path other = temp.resolve("notes.md");
        Files.writeString(other, "# nothing here\n|a|b|\n");
        assertThatThrownBy(() -> ChineseLlmList.read(other, "上海")).hasMessageContaining("has no table with the header");
    }
}
