package org.xiandao.core.document.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Matches organisation names from documents to names the store knows, in English and Chinese: exactly, by
 * alias (legal suffixes and punctuation removed), and fuzzily (Jaro–Winkler over candidates that share a
 * word or a Chinese character pair). Only matches at or above {@link #LINK_THRESHOLD} link; everything else
 * goes to review with the best candidate, if any, so nothing merges silently.
 */
public final class OrganisationLinker {

    public static final double LINK_THRESHOLD = 0.93;
    public static final double SUGGEST_THRESHOLD = 0.80;
    /** Tokens shared by more names than this say nothing about identity ("technology", "上海"). */
    private static final int COMMON_TOKEN = 400;


    public enum Decision { LINK, REVIEW }

    public record Match(String name, KnownName target, double score, Decision decision) {}

    private final Map<String, KnownName> exact = new HashMap<>();
    private final Map<String, KnownName> aliases = new HashMap<>();
    private final Map<String, List<Entry>> byToken = new HashMap<>();
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    private record Entry(String normalised, KnownName known) {}

    public OrganisationLinker(Collection<KnownName> names) {
        for (KnownName n : names) {
            if (n.name() == null || n.name().isBlank()) {
                continue;
            }
            exact.putIfAbsent(n.name().toLowerCase(Locale.ROOT).strip(), n);
            String alias = normalise(n.name());
            if (alias.isEmpty()) {
                continue;
            }
            aliases.putIfAbsent(alias, n);
            Entry e = new Entry(alias, n);
            for (String t : tokens(n.name())) {
                byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            }
        }
    }

    public Match link(String name) {
        KnownName hit = exact.get(name.toLowerCase(Locale.ROOT).strip());
        if (hit != null) {
            return new Match(name, hit, 1.0, Decision.LINK);
        }
        String alias = normalise(name);
        hit = aliases.get(alias);
        if (hit != null) {
            return new Match(name, hit, 0.99, Decision.LINK);
        }
        KnownName best = null;
        double bestScore = 0;
        Set<Entry> seen = new HashSet<>();
        for (String t : tokens(name)) {
            List<Entry> candidates = byToken.get(t);
            if (candidates == null || candidates.size() > COMMON_TOKEN) {
                continue;
            }
            for (Entry e : candidates) {
                if (seen.add(e)) {
                    double s = similarity.apply(alias, e.normalised());
                    if (s > bestScore) {
                        bestScore = s;
                        best = e.known();
                    }
                }
            }
        }
        if (best != null && bestScore >= LINK_THRESHOLD) {
            return new Match(name, best, bestScore, Decision.LINK);
        }
        return new Match(name, bestScore >= SUGGEST_THRESHOLD ? best : null, bestScore, Decision.REVIEW);
    }

    /** Legal forms that say nothing about which organisation it is. */
    private static final List<String> LEGAL_ZH = List.of("股份有限公司", "有限责任公司", "有限公司", "（集团）", "(集团)", "集团");
    private static final java.util.Set<String> LEGAL_EN = java.util.Set.of("co", "ltd", "limited", "inc", "corp", "corporation",
            "company", "group", "holdings", "plc", "llc");

    /**
     * Lower case, legal forms and punctuation removed. Hand-written rather than regular expressions: the
     * linker normalises every enterprise name in the store when it starts, and the demo waits for it.
     */
    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String w : words(name)) {
            out.append(w);
        }
        return out.toString();
    }

    /** Words without legal forms; Chinese runs stay whole here. */
    private static List<String> words(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String legal : LEGAL_ZH) {
            if (n.contains(legal)) {
                n = n.replace(legal, " ");
            }
        }
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean part = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String w = n.substring(start, i);
                if (!LEGAL_EN.contains(w)) {
                    out.add(w);
                }
                start = -1;
            }
        }
        return out;
    }

    static Set<String> tokens(String name) {
        Set<String> out = new HashSet<>();
        StringBuilder han = new StringBuilder();
        for (String w : words(name)) {
            if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN) {
                han.append(w);
            } else if (w.length() >= 3) {
                out.add(w);
            }
        }
        for (int i = 0; i + 1 < han.length(); i++) {
            out.add(han.substring(i, i + 2));
        }
        return out;
    }
}
