package org.xiandao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.document.DocumentReader;
import org.xiandao.core.document.Extraction;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.SourceDocument;
import org.xiandao.core.document.extract.ChineseLexicon;
import org.xiandao.core.document.extract.FactExtractor;
import org.xiandao.core.document.link.KnownName;
import org.xiandao.core.document.link.OrganisationLinker;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.park.Parks;
import org.xiandao.core.synthetic.SyntheticShanghai;

/**
 * Articles per second on one core: reading, full extraction and linking every organisation against a
 * directory of 20,000 synthetic enterprises (both names) plus the parks. Input: English articles of about
 * 3 KB (the seed report and the English samples). Usage: bench/run ExtractionBenchmark [ENTERPRISES] [SECONDS]
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Taxonomy taxonomy = TaxonomyReader.shipped();
        Parks parks = Parks.shipped(taxonomy);
        List<KnownName> names = new ArrayList<>();
        for (Enterprise e : (Iterable<Enterprise>) () -> new SyntheticShanghai(taxonomy, parks, 42).enterprises(enterprises).iterator()) {
            names.add(new KnownName(KnownName.Kind.ENTERPRISE, e.code().toString(), e.nameZh()));
            names.add(new KnownName(KnownName.Kind.ENTERPRISE, e.code().toString(), e.nameEn()));
        }
        parks.all().forEach(p -> names.add(new KnownName(KnownName.Kind.PARK, p.code(), p.nameEn())));
        List<byte[]> articles = new ArrayList<>();
        // English articles only: the seed report (if present) and the project's English samples.
        List<String> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("../shared/seed"), Path.of("samples/articles"))) {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        byte[] b = Files.readAllBytes(p);
                        if (new DocumentReader().read(p.getFileName().toString(), b).language() == SourceDocument.Language.EN) {
                            articles.add(b);
                            files.add(p.getFileName().toString());
                        }
                    }
                }
            }
        }
        articles = threeKilobytes(articles);
        long bytes = articles.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%d English articles, mean %.1f KB; linking against %,d names%n", articles.size(), bytes / 1024.0 / articles.size(), names.size());
        Measure.resetPeakHeap();
        OrganisationLinker linker = new OrganisationLinker(names);
        FactExtractor extractor = new FactExtractor(taxonomy, new ChineseLexicon(List.of()));
        DocumentReader reader = new DocumentReader();
        long facts = 0;
        // Warm-up, then count whole articles done in the measured window on this one thread.
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            facts += run(reader, extractor, linker, articles.get(i++ % articles.size()));
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int done = 0;
        while (System.nanoTime() < end) {
            facts += run(reader, extractor, linker, articles.get(done++ % articles.size()));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d articles in %.1f s on one thread: %.0f articles/s/core (%.2f ms each); peak heap %d MiB%n",
                done, secs, done / secs, secs * 1000 / done, Measure.peakHeapMib());
        if (facts == 0) {
            throw new IllegalStateException("no facts extracted");
        }
    }

    /** Each article grown to at least 3 KB with the body paragraphs of the next ones, as the 3 KB articles. */
    private static List<byte[]> threeKilobytes(List<byte[]> articles) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            StringBuilder b = new StringBuilder(new String(articles.get(i), java.nio.charset.StandardCharsets.UTF_8));
            for (int k = 1; b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 3000; k++) {
                String next = new String(articles.get((i + k) % articles.size()), java.nio.charset.StandardCharsets.UTF_8);
                int body = next.indexOf("\n\n");
                b.append("\n\n").append(body < 0 ? next : next.substring(body + 2).replaceAll("(?m)^(Editor|Keywords):.*$", ""));
            }
            out.add(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int run(DocumentReader reader, FactExtractor extractor, OrganisationLinker linker, byte[] article) throws Exception {
        SourceDocument d = reader.read("a.txt", article);
        Extraction e = extractor.extract(d);
        int n = e.facts().size();
        for (Fact f : e.of(FactType.ORGANISATION)) {
            n += linker.link(f.subject()).score() > 2 ? 1 : 0;
        }
        return n;
    }
}
