package org.xiandao.bench;

import java.nio.file.Path;
import org.xiandao.core.document.FactType;

/**
 * Precision and recall per fact type on the project's annotated invented articles, English and Chinese
 * separately, and on the held-out articles (annotated before the extractor first saw them, never tuned on)
 * by themselves. Usage: bench/run ExtractionQualityBenchmark [--misses]
 */
public final class ExtractionQualityBenchmark {

    /**
     * Articles annotated before the extractor first saw them. The first set (en-08, en-09, zh-07) was
     * measured once and its misses were then looked at; the second set (en-10, zh-08) was written after the
     * last rule change.
     */
    static final String HELD_OUT = "en-08,en-09,zh-07";
    static final String HELD_OUT_2 = "en-10,zh-08";

    public static void main(String[] args) throws Exception {
        boolean misses = args.length > 0 && args[0].equals("--misses");
        for (String[] lang : new String[][] {{"en-", "English"}, {"zh-", "Chinese"}, {HELD_OUT, "Held out, first set (EN + ZH)"}, {HELD_OUT_2, "Held out, second set (EN + ZH)"}}) {
            ExtractionQuality.Result r = ExtractionQuality.measure(Path.of("samples/articles"), lang[0]);
            System.out.printf("%s: %d annotated articles%n", lang[1], r.articles());
            System.out.printf("  %-13s %9s %9s %9s %6s %6s%n", "type", "annotated", "extracted", "matched", "P", "R");
            for (FactType t : FactType.values()) {
                ExtractionQuality.Score s = r.byType().get(t);
                System.out.printf("  %-13s %9d %9d %9d %6.2f %6.2f%n", t.label(), s.annotated, s.extracted, s.matched, s.precision(), s.recall());
            }
            System.out.printf("  %-13s %9d %9d %9d %6.2f %6.2f  F1 %.2f%n", "all", r.all().annotated, r.all().extracted, r.all().matched,
                    r.all().precision(), r.all().recall(), r.all().f1());
            if (misses) {
                r.misses().forEach(m -> System.out.println("    " + m));
            }
        }
    }
}
