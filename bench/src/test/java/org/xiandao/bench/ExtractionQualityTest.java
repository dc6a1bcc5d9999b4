package org.xiandao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The annotated samples stay usable: every article has its annotations, every annotation parses, and the
 * extractor still finds most of them. The floor is far below the measured figures (bench/run
 * ExtractionQualityBenchmark); it catches a broken extractor, not a slightly worse one.
 */
class ExtractionQualityTest {

    private static final Path SAMPLES = Path.of("../samples/articles");

    @Test
    void everySampleIsAnnotatedAndTheAnnotationsParse() throws Exception {
        var articles = ExtractionQuality.articles(SAMPLES, null);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(12);
        assertThat(articles.stream().filter(p -> p.getFileName().toString().startsWith("en-"))).isNotEmpty();
        assertThat(articles.stream().filter(p -> p.getFileName().toString().startsWith("zh-"))).isNotEmpty();
        for (Path a : articles) {
            assertThat(Files.exists(ExtractionQuality.gold(a))).as(a + " has annotations").isTrue();
            assertThat(GoldFacts.read(ExtractionQuality.gold(a))).as(a.toString()).hasSizeGreaterThan(5);
            assertThat(Files.readString(a)).as(a + " says it is invented").containsAnyOf("INVENTED:", "虚构:");
        }
    }

    @Test
    void extractorFindsMostAnnotatedFactsInBothLanguages() throws Exception {
        for (String lang : new String[] {"en-", "zh-"}) {
            ExtractionQuality.Result r = ExtractionQuality.measure(SAMPLES, lang);
            assertThat(r.all().recall()).as(lang + " recall").isGreaterThan(0.6);
            assertThat(r.all().precision()).as(lang + " precision").isGreaterThan(0.6);
        }
    }
}
