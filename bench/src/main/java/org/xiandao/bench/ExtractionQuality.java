package org.xiandao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.document.DocumentReader;
import org.xiandao.core.document.Extraction;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.extract.FactExtractor;

/** Precision and recall per fact type of the extractor against the hand-annotated sample articles. */
final class ExtractionQuality {

    /** Counts of one fact type: true positives, extracted, annotated. */
    static final class Score {
        int matched;
        int extracted;
        int annotated;

        double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        double recall() {
            return annotated == 0 ? 0 : (double) matched / annotated;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Result(Map<FactType, Score> byType, Score all, int articles, List<String> misses) {}

    private ExtractionQuality() {}

    static Result measure(Path folder, String languagePrefix) throws Exception {
        Map<FactType, Score> byType = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            byType.put(t, new Score());
        }
        Score all = new Score();
        List<String> misses = new ArrayList<>();
        FactExtractor extractor = new FactExtractor(TaxonomyReader.shipped());
        int articles = 0;
        for (Path txt : articles(folder, languagePrefix)) {
            Path gold = gold(txt);
            List<GoldFacts.Gold> expected = GoldFacts.read(gold);
            Extraction e = extractor.extract(new DocumentReader().read(txt.getFileName().toString(), Files.readAllBytes(txt)));
            List<Fact> predicted = new ArrayList<>(e.facts());
            articles++;
            for (Fact f : predicted) {
                byType.get(f.type()).extracted++;
                all.extracted++;
            }
            List<Fact> unmatched = new ArrayList<>(predicted);
            for (GoldFacts.Gold g : expected) {
                byType.get(g.type()).annotated++;
                all.annotated++;
                Fact hit = unmatched.stream().filter(f -> GoldFacts.matches(g, f)).findFirst().orElse(null);
                if (hit != null) {
                    unmatched.remove(hit);
                    byType.get(g.type()).matched++;
                    all.matched++;
                } else {
                    misses.add(txt.getFileName() + ":" + g.line() + " missed " + g.type().label() + " " + g.subject() + " | " + g.predicate() + " | " + g.object());
                }
            }
        }
        return new Result(byType, all, articles, misses);
    }

    static List<Path> articles(Path folder, String languagePrefix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> languagePrefix == null || java.util.Arrays.stream(languagePrefix.split(","))
                            .anyMatch(x -> p.getFileName().toString().startsWith(x))).sorted().toList();
        }
    }

    static Path gold(Path txt) {
        return txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".facts.tsv"));
    }
}
