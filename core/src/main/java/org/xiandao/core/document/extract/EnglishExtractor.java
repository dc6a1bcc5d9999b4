package org.xiandao.core.document.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.xiandao.core.document.FactType;

/**
 * Reads an English document: OpenNLP finds the sentences; the project's own rules find names, people and
 * their roles, organisations, figures, industries, commitments, events and relations. One instance per
 * thread (the sentence detector keeps state between calls).
 */
final class EnglishExtractor {

    private final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
    private final IndustryMentions industries;

    EnglishExtractor(IndustryMentions industries) {
        this.industries = industries;
    }

    void extract(Reading r) {
        split(r);
        for (Sentence s : r.sentences) {
            EnglishChunker.chunk(r, s);
            for (Chunk c : s.chunks) {
                if (c.kind() == Chunk.Kind.ORGANISATION) {
                    Reading.Org o = r.organisation(c, s);
                    EnglishPeople.describe(r, s, o, descriptionStart(s, c.from()), c.from());
                }
            }
            EnglishPeople.read(r, s);
        }
        for (Sentence s : r.sentences) {
            // "according to the municipality's mayor" speaks before the mayor's name is known.
            if (s.speaker == null && s.speakerRole != null && s.speakerRole.person != null) {
                s.speaker = s.speakerRole.person;
            }
        }
        EnglishQuantities.read(r);
        EnglishStatements.read(r);
        organisations(r);
        industries(r);
    }

    private void split(Reading r) {
        String text = r.text;
        int p = 0;
        while (p < text.length()) {
            int e = text.indexOf('\n', p);
            if (e < 0) {
                e = text.length();
            }
            if (e > p) {
                for (Span span : sentences.sentPosDetect(text.substring(p, e))) {
                    int from = p + span.getStart();
                    int to = p + span.getEnd();
                    r.sentences.add(new Sentence(r.sentences.size(), from, to, Words.of(text, from, to)));
                }
            }
            p = e + 1;
        }
    }

    /** Descriptions sit right before a name: "Shanghai-based medical robot maker Taimi …". */
    private static int descriptionStart(Sentence s, int nameFrom) {
        int i = nameFrom;
        while (i > 0) {
            Words.Word w = s.words.get(i - 1);
            String l = w.lower();
            if (l.equals(",") || l.equals("of") || l.equals("at") || l.equals("by") || l.equals("and") || l.equals("the")
                    || l.equals("a") || l.equals("an") || EnglishLexicon.SPEECH_VERBS.contains(l) || w.number() || s.chunkEnding(i) != null
                    || EnglishLexicon.ROLE_HEADS.contains(l)) {
                break;
            }
            i--;
        }
        return i;
    }

    private static void organisations(Reading r) {
        for (Reading.Org o : r.organisations.values()) {
            Map<String, String> a = new LinkedHashMap<>(o.said);
            r.facts.add(new org.xiandao.core.document.Fact(FactType.ORGANISATION, o.name, "is", o.type, a, o.first, o.sentence));
        }
    }

    private void industries(Reading r) {
        Set<String> seen = new HashSet<>();
        for (IndustryMentions.Mention m : industries.find(r.text)) {
            if (seen.add(m.code())) {
                Sentence s = sentenceAt(r, m.start());
                r.add(FactType.INDUSTRY, m.code(), "mentioned", m.name(), Map.of(),
                        new org.xiandao.core.document.Span(m.start(), m.end()), s);
            }
        }
    }

    static Sentence sentenceAt(Reading r, int offset) {
        List<Sentence> all = r.sentences;
        for (Sentence s : all) {
            if (offset >= s.start && offset < s.end) {
                return s;
            }
        }
        return all.isEmpty() ? new Sentence(0, 0, r.text.length(), List.of()) : all.get(all.size() - 1);
    }
}
