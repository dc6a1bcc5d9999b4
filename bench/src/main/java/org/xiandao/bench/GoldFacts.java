package org.xiandao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;

/**
 * Hand-annotated facts of a sample article ({@code NAME.facts.tsv} beside {@code NAME.txt}): one fact per
 * line, {@code type, subject, predicate, object, attributes (k=v; k=v)}, tab-separated. Matching is by what
 * a reader checks: who holds which role where; an organisation's type; a figure's value, metric, period and
 * kind; the industry code; a plan's subject and most of its words; an event's date; a relation's parties.
 */
final class GoldFacts {

    record Gold(FactType type, String subject, String predicate, String object, Map<String, String> attributes, int line) {}

    private GoldFacts() {}

    static List<Gold> read(Path tsv) throws IOException {
        List<Gold> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length < 4) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected type, subject, predicate, object, attributes");
            }
            Map<String, String> a = new LinkedHashMap<>();
            if (c.length > 4 && !c[4].isBlank()) {
                for (String kv : c[4].split(";")) {
                    String[] p = kv.strip().split("=", 2);
                    if (p.length != 2) {
                        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": attribute '" + kv + "' is not k=v");
                    }
                    a.put(p[0].strip(), p[1].strip());
                }
            }
            out.add(new Gold(FactType.valueOf(c[0].strip().toUpperCase(Locale.ROOT)), c[1].strip(), c[2].strip(), c[3].strip(), a, i + 1));
        }
        return out;
    }

    static boolean matches(Gold g, Fact f) {
        if (g.type() != f.type()) {
            return false;
        }
        return switch (g.type()) {
            case PERSON -> same(g.subject(), f.subject()) && same(g.predicate(), f.predicate())
                    && (!g.predicate().equals("role") || overlaps(g.object(), f.object()))
                    && (g.attributes().get("organisation") == null || overlaps(g.attributes().get("organisation"), f.attribute("organisation")));
            case ORGANISATION -> same(g.subject(), f.subject()) && same(g.object(), f.object());
            case QUANTITY -> number(g.object()).equals(number(f.object())) && same(g.predicate(), f.predicate())
                    && attribute(g, f, "period") && attribute(g, f, "kind");
            case INDUSTRY -> g.subject().equals(f.subject());
            case COMMITMENT -> (g.subject().isEmpty() || overlaps(g.subject(), f.subject())) && words(g.object(), f.object()) >= 0.6
                    && attribute(g, f, "period");
            case EVENT -> overlaps(g.subject(), f.subject()) && attribute(g, f, "date", "date");
            case RELATION -> overlaps(g.subject(), f.subject()) && overlaps(g.object(), f.object());
        };
    }

    private static boolean attribute(Gold g, Fact f, String name) {
        return attribute(g, f, name, name);
    }

    private static boolean attribute(Gold g, Fact f, String gold, String predicted) {
        String want = g.attributes().get(gold);
        return want == null || want.equals(f.attribute(predicted));
    }

    private static String number(String s) {
        return s == null ? "" : s.replace(",", "");
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** The same name written in full or short ("澜泽生物" in "上海澜泽生物科技有限公司"; "director" in "deputy director"). */
    private static boolean overlaps(String gold, String predicted) {
        if (gold == null || predicted == null || predicted.isBlank()) {
            return false;
        }
        String g = gold.toLowerCase(Locale.ROOT).strip();
        String p = predicted.toLowerCase(Locale.ROOT).strip();
        return g.equals(p) || (p.length() >= 2 && (g.contains(p) || p.contains(g)));
    }

    /** Share of the gold wording's content units (English words, Chinese character pairs) found in the prediction. */
    static double words(String gold, String predicted) {
        if (predicted == null) {
            return 0;
        }
        Set<String> g = units(gold);
        Set<String> p = units(predicted);
        if (g.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String u : g) {
            if (p.contains(u)) {
                hit++;
            }
        }
        return (double) hit / g.size();
    }

    private static Set<String> units(String s) {
        Set<String> out = new HashSet<>();
        String l = s.toLowerCase(Locale.ROOT);
        StringBuilder han = new StringBuilder();
        for (String w : l.split("[^\\p{L}\\p{N}]+")) {
            if (w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                han.append(w);
            } else if (w.length() >= 3 && !Set.of("the", "and", "for", "its", "with").contains(w)) {
                out.add(w);
            }
        }
        for (int i = 0; i + 1 < han.length(); i++) {
            out.add(han.substring(i, i + 2));
        }
        return out;
    }
}
