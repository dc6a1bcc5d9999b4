package org.xiandao.core.document.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.document.Extraction;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.SourceDocument;

/**
 * Turns a document into facts with the spans of their evidence, in English or Chinese. Not thread-safe:
 * give each thread its own (construction is cheap; the models behind it are shared).
 */
public final class FactExtractor {

    private final IndustryMentions industries;
    private final EnglishExtractor english;
    private final ChineseExtractor chinese;

    public FactExtractor(Taxonomy taxonomy) {
        this(taxonomy, ChineseLexicon.EMPTY);
    }

    /** @param lexicon names (enterprises, parks, funds) the Chinese segmenter should keep whole */
    public FactExtractor(Taxonomy taxonomy, ChineseLexicon lexicon) {
        this.industries = new IndustryMentions(taxonomy);
        this.english = new EnglishExtractor(industries);
        this.chinese = new ChineseExtractor(industries, lexicon);
    }

    public Extraction extract(SourceDocument document) {
        Reading r = new Reading(document);
        if (document.language() == SourceDocument.Language.ZH) {
            chinese.extract(r);
        } else {
            english.extract(r);
        }
        List<Fact> facts = new ArrayList<>(header(document));
        List<Fact> body = new ArrayList<>(r.facts);
        body.sort(Comparator.comparingInt((Fact f) -> f.evidence().start()).thenComparing(f -> f.type().ordinal()));
        facts.addAll(body);
        return new Extraction(document, facts);
    }

    private static List<Fact> header(SourceDocument d) {
        List<Fact> out = new ArrayList<>();
        for (String[] p : new String[][] {{d.author(), "author"}, {d.editor(), "editor"}}) {
            if (p[0] != null && !p[0].isBlank()) {
                Map<String, String> a = new LinkedHashMap<>();
                if (d.source() != null) {
                    a.put("organisation", d.source());
                }
                a.put("from", "header");
                out.add(new Fact(FactType.PERSON, p[0], p[1], p[1], a, null, null));
            }
        }
        return out;
    }
}
