package org.xiandao.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.document.extract.ChineseLexicon;
import org.xiandao.core.document.extract.FactExtractor;

/** Chinese articles: 职务 and 单位 before names, 亿元 amounts, 去年/明年/到…年 periods and kinds, plans, the store's names. */
class ChineseExtractionTest {

    private static final String ARTICLE = """
            测试文章
            日期: 2025-03-12
            来源: 测试
            虚构: 测试用虚构文章

            上海示例微电子有限公司董事长周海峰表示，公司去年营业收入达到12.5亿元，同比增长18%。

            周海峰说，公司计划明年在临港新片区建成一条试验线，并力争到2027年营业收入突破30亿元。

            据悉，星澜智算今年营收预计增长20%。
            """;

    private static Extraction read(ChineseLexicon lexicon) throws Exception {
        SourceDocument d = new DocumentReader().read("zh.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.language()).isEqualTo(SourceDocument.Language.ZH);
        return new FactExtractor(TaxonomyReader.shipped(), lexicon).extract(d);
    }

    @Test
    void rolesFiguresPeriodsKindsAndPlans() throws Exception {
        Extraction e = read(ChineseLexicon.EMPTY);
        assertThat(e.of(FactType.PERSON)).anyMatch(f -> f.subject().equals("周海峰") && "董事长".equals(f.object())
                && "上海示例微电子有限公司".equals(f.attribute("organisation")));
        assertThat(e.of(FactType.ORGANISATION)).anyMatch(f -> f.subject().equals("上海示例微电子有限公司") && f.object().equals("company"));
        assertThat(e.of(FactType.QUANTITY)).anyMatch(f -> f.predicate().equals("revenue") && f.object().equals("12.5")
                && "1250000000".equals(f.attribute("value_base")) && "2024".equals(f.attribute("period")) && "actual".equals(f.attribute("kind"))
                && f.subject().equals("上海示例微电子有限公司"));
        assertThat(e.of(FactType.QUANTITY)).anyMatch(f -> f.object().equals("18") && "%".equals(f.attribute("unit")) && f.predicate().endsWith("growth"));
        assertThat(e.of(FactType.QUANTITY)).anyMatch(f -> f.object().equals("30") && "2027".equals(f.attribute("period"))
                && "target".equals(f.attribute("kind")) && f.subject().equals("上海示例微电子有限公司"));
        List<Fact> plans = e.of(FactType.COMMITMENT);
        assertThat(plans).anyMatch(f -> f.predicate().equals("plans") && f.object().contains("建成一条试验线")
                && "2026".equals(f.attribute("period")) && "周海峰".equals(f.attribute("said_by")));
    }

    @Test
    void namesFromTheStoreAreKeptWholeAsOrganisations() throws Exception {
        assertThat(read(ChineseLexicon.EMPTY).of(FactType.ORGANISATION)).noneMatch(f -> f.subject().equals("星澜智算"));
        Extraction withStore = read(new ChineseLexicon(List.of("星澜智算")));
        assertThat(withStore.of(FactType.ORGANISATION)).anyMatch(f -> f.subject().equals("星澜智算"));
        assertThat(withStore.of(FactType.QUANTITY)).anyMatch(f -> f.subject().equals("星澜智算") && f.object().equals("20")
                && "expected".equals(f.attribute("kind")));
    }
}
