package org.xiandao.core.document.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;

/**
 * Finds industries and segments of the taxonomy named in text, in English (segment names, plural or not,
 * and the usual short forms) and in Chinese (segment names and common synonyms).
 */
final class IndustryMentions {

    record Mention(String code, String name, int start, int end) {}

    /** Everyday names the taxonomy does not spell out. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("integrated circuit", "IC"), Map.entry("ic", "IC"), Map.entry("chip", "IC"), Map.entry("semiconductor", "IC"),
            Map.entry("chipmaking", "IC"), Map.entry("biomedicine", "BIO"), Map.entry("biomedical", "BIO"),
            Map.entry("biopharmaceutical", "BIO"), Map.entry("biopharma", "BIO"), Map.entry("life sciences", "BIO"),
            Map.entry("artificial intelligence", "AI"), Map.entry("ai", "AI"), Map.entry("large language model", "AI"),
            Map.entry("large model", "AI"), Map.entry("cell and gene therapy", "BIO-2"), Map.entry("car-t", "BIO-2.1"),
            Map.entry("synthetic biology", "BIO-4"), Map.entry("medical robot", "BIO-5.2"), Map.entry("surgical robot", "BIO-5.2"),
            Map.entry("power chip", "IC-2.3"), Map.entry("medical device", "BIO-5"), Map.entry("photoresist", "IC-6.2"),
            Map.entry("electronic gas", "IC-6.4"), Map.entry("innovative drug", "BIO-1"), Map.entry("cell therapy", "BIO-2"),
            Map.entry("封测", "IC-4"), Map.entry("封装测试", "IC-4"), Map.entry("医疗器械", "BIO-5"), Map.entry("创新药", "BIO-1"),
            Map.entry("集成电路", "IC"), Map.entry("芯片", "IC"), Map.entry("半导体", "IC"), Map.entry("生物医药", "BIO"),
            Map.entry("人工智能", "AI"), Map.entry("大模型", "AI"), Map.entry("合成生物", "BIO-4"), Map.entry("医疗机器人", "BIO-5.2"));

    private final List<Entry> entries = new ArrayList<>();

    private record Entry(String phrase, String code) {}

    IndustryMentions(Taxonomy taxonomy) {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (Segment s : taxonomy.segments()) {
            phrases.putIfAbsent(s.nameEn().toLowerCase(Locale.ROOT), s.code());
            phrases.putIfAbsent(s.nameZh(), s.code());
        }
        SYNONYMS.forEach(phrases::putIfAbsent);
        for (Map.Entry<String, String> e : new java.util.ArrayList<>(phrases.entrySet())) {
            if (e.getKey().endsWith("y") && e.getKey().chars().allMatch(c -> c < 128)) {
                phrases.putIfAbsent(e.getKey().substring(0, e.getKey().length() - 1) + "ies", e.getValue()); // "cell therapies"
            }
        }
        phrases.forEach((p, c) -> entries.add(new Entry(p, c)));
        entries.sort(Comparator.comparingInt((Entry e) -> e.phrase.length()).reversed());
        this.taxonomy = taxonomy;
    }

    private final Taxonomy taxonomy;

    /**
     * Longest phrases first, each found with indexOf on a lower-cased copy (same length as the text), then
     * checked for word boundaries. A single alternation regex over all names was the extractor's hot spot.
     */
    List<Mention> find(String text) {
        char[] lowered = text.toCharArray();
        for (int i = 0; i < lowered.length; i++) {
            lowered[i] = Character.toLowerCase(lowered[i]);
        }
        String lower = new String(lowered);
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();
        for (Entry e : entries) {
            for (int at = lower.indexOf(e.phrase); at >= 0; at = lower.indexOf(e.phrase, at + 1)) {
                int end = at + e.phrase.length();
                if (end < lower.length() && lower.charAt(end) == 's') {
                    end++;
                } else if (end + 1 < lower.length() && lower.charAt(end) == 'e' && lower.charAt(end + 1) == 's') {
                    end += 2;
                }
                if (latin(lower, at - 1) || latin(lower, end) || taken[at] || taken[end - 1]) {
                    continue;
                }
                String written = text.substring(at, at + e.phrase.length());
                if (written.length() <= 2 && !written.equals(written.toUpperCase(Locale.ROOT))) {
                    continue; // "ic" or "ai" in lower case is not the industry
                }
                java.util.Arrays.fill(taken, at, end, true);
                out.add(new Mention(e.code, taxonomy.require(e.code).nameEn(), at, at + e.phrase.length()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean latin(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isDigit(c) || c < 0x250 && Character.isLetter(c);
    }
}
