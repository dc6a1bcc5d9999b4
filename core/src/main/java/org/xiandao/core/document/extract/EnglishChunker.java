package org.xiandao.core.document.extract;

import static org.xiandao.core.document.extract.EnglishLexicon.lower;

import java.util.List;
import java.util.Set;

/**
 * Finds names: runs of capitalised words ("Zhangjiang Hi-Tech Park Development", "Shanghai Center of
 * Biomedicine Development", "Shanghai Municipal People's Congress") and says what each is from its head
 * word, the word lists and its context.
 */
final class EnglishChunker {

    private static final Set<String> ACRONYMS = Set.of("ic", "ai", "gdp", "r&d", "ipo", "eda", "cgt", "ev", "it",
            "ceo", "cfo", "cto", "coo", "us$", "rmb", "cny", "usd", "q1", "q2", "q3", "q4", "h1", "h2", "5g", "6g", "vr", "ar");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "on");

    private EnglishChunker() {}

    static void chunk(Reading r, Sentence s) {
        List<Words.Word> w = s.words;
        int i = 0;
        while (i < w.size()) {
            if (!startsName(s, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean joinedOf = false;
            while (j < w.size()) {
                if (nameWord(w.get(j))) {
                    j++;
                } else if (CONNECTORS.contains(w.get(j).lower()) && j + 1 < w.size() && nameWord(w.get(j + 1))
                        && (EnglishLexicon.ORG_HEADS.containsKey(w.get(j - 1).lower()) || joinedOf || runEndsInOrgHead(w, j + 1))) {
                    joinedOf = true;
                    j += 2;
                } else if (Words.possessive(w.get(j)) && w.get(j - 1).is("People") && j + 1 < w.size() && nameWord(w.get(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            split(r, s, i, j);
            i = j;
        }
    }

    /** "Science and Technology Commission": the capitalised run after a connector ends in an organisation head. */
    private static boolean runEndsInOrgHead(List<Words.Word> w, int from) {
        int k = from;
        while (k < w.size() && nameWord(w.get(k)) && k - from < 5) {
            k++;
        }
        return k > from && EnglishLexicon.ORG_HEADS.containsKey(w.get(k - 1).lower());
    }

    private static boolean startsName(Sentence s, int i) {
        Words.Word w = s.words.get(i);
        if (!nameWord(w)) {
            return false;
        }
        String l = w.lower();
        if (EnglishLexicon.NOT_NAMES.contains(l)) {
            // "He Dajun" is a name, "He noted" is not; the same holds for other surnames that are words.
            return EnglishLexicon.SURNAMES.contains(l) && i + 1 < s.words.size() && nameWord(s.words.get(i + 1))
                    && !EnglishLexicon.NOT_NAMES.contains(s.words.get(i + 1).lower());
        }
        return true;
    }

    private static boolean nameWord(Words.Word w) {
        String t = w.text();
        return w.capitalised() && Character.isLetter(t.charAt(0)) && !lower(t).endsWith("-based") && !lower(t).endsWith("-owned");
    }

    /** Splits "Shanghai Mayor Gong Zheng" into a place, a title and a person; classifies each part. */
    private static void split(Reading r, Sentence s, int from, int to) {
        for (int t = from; t < to - 1; t++) {
            String l = s.words.get(t).lower();
            if (EnglishLexicon.NAME_TITLES.contains(l) && l.length() > 1) {
                int personFrom = t;
                while (personFrom < to && EnglishLexicon.NAME_TITLES.contains(s.words.get(personFrom).lower())) {
                    personFrom++;
                }
                int n = to - personFrom;
                if (n >= 2 && n <= 3) {
                    if (t > from) {
                        classify(r, s, from, t, false);
                    }
                    add(r, s, personFrom, to, Chunk.Kind.PERSON, null);
                    return;
                }
            }
        }
        classify(r, s, from, to, true);
    }

    private static void classify(Reading r, Sentence s, int from, int to, boolean allowPerson) {
        // Drop leading function words the capitalisation rule let in ("The Zhangjiang Hi-Tech Park").
        while (from < to && EnglishLexicon.NOT_NAMES.contains(s.words.get(from).lower())
                && !(EnglishLexicon.SURNAMES.contains(s.words.get(from).lower()) && to - from >= 2)) {
            from++;
        }
        if (from >= to) {
            return;
        }
        String name = r.text.substring(s.words.get(from).start(), s.words.get(to - 1).end());
        String lname = lower(name);
        int n = to - from;
        if (n == 1 && (ACRONYMS.contains(lname) || EnglishLexicon.DEMONYMS.contains(lname) || EnglishLexicon.ROLE_HEADS.contains(lname))) {
            return;
        }
        if (EnglishLexicon.PLACES.contains(lname) || n >= 2 && (lname.endsWith(" district") || lname.endsWith(" new area")
                || lname.endsWith(" province") || lname.endsWith(" municipality"))) {
            r.placeCounts.merge(name, 1, Integer::sum);
            add(r, s, from, to, Chunk.Kind.PLACE, null);
            return;
        }
        if (EnglishLexicon.MEDIA.contains(lname)) {
            add(r, s, from, to, Chunk.Kind.ORGANISATION, "media");
            return;
        }
        String type = orgType(s, from, to);
        if (type != null && !(n == 1 && !"media".equals(type))) {
            add(r, s, from, to, Chunk.Kind.ORGANISATION, type);
            return;
        }
        if (n >= 2 && describedAsCompany(s, to)) {
            add(r, s, from, to, Chunk.Kind.ORGANISATION, "company"); // ", a contract research organization" is no role
            return;
        }
        if (allowPerson && n >= 2 && n <= 3 && person(r, s, from, to)) {
            add(r, s, from, to, Chunk.Kind.PERSON, null);
            return;
        }
        if (n == 1) {
            for (Reading.Person p : r.people.values()) {
                if (p.surname().equals(name) || p.familyNameWestern().equals(name)) {
                    return; // a surname alone refers to a known person; EnglishPeople resolves it as a speaker
                }
            }
            for (Reading.Org o : r.organisations.values()) {
                if (o.name.startsWith(name + " ")) {
                    add(r, s, from, to, Chunk.Kind.ORGANISATION, o.type);
                    return;
                }
            }
        }
        add(r, s, from, to, Chunk.Kind.UNKNOWN, null);
    }

    /**
     * "Tidewell Biolabs, a contract research organization", "Northwind Photonics, which makes lidar sensors":
     * a name the head-word list does not know, introduced as a firm by what follows it.
     */
    private static boolean describedAsCompany(Sentence s, int after) {
        if (!s.word(after).equals(",")) {
            return false;
        }
        String first = s.word(after + 1);
        if (first.equals("which") || first.equals("that")) {
            return s.word(after + 2).matches("makes|develops|designs|produces|supplies|operates|runs|builds|sells|provides|offers|manufactures");
        }
        if (!first.equals("a") && !first.equals("an")) {
            return false;
        }
        for (int k = after + 2; k < Math.min(s.words.size(), after + 10); k++) {
            String w = s.word(k);
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if (EnglishLexicon.DESCRIPTION_HEADS.contains(w) || w.equals("organization") || w.equals("organisation")) {
                return true;
            }
        }
        return false;
    }

    /** The organisation type from the head word: the word before "of" when there is one, else the last word. */
    private static String orgType(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.words.get(i).is("of") || s.words.get(i).is("for")) {
                String head = s.words.get(i - 1).lower();
                if (EnglishLexicon.ORG_HEADS.containsKey(head)) {
                    return EnglishLexicon.ORG_HEADS.get(head);
                }
                break;
            }
        }
        String last = s.words.get(to - 1).lower();
        if (EnglishLexicon.ORG_HEADS.containsKey(last)) {
            return EnglishLexicon.ORG_HEADS.get(last);
        }
        if (to - from >= 2 && s.words.get(to - 1).text().equals(s.words.get(to - 1).text().toUpperCase(java.util.Locale.ROOT))
                && s.words.get(to - 1).text().length() >= 2 && !EnglishLexicon.SURNAMES.contains(last)) {
            return "company"; // "Foo AI", "Bar BIO"
        }
        return null;
    }

    private static boolean person(Reading r, Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = s.words.get(i).text();
            if (!t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'') || EnglishLexicon.PLACES.contains(lower(t))) {
                return false;
            }
        }
        String name = r.text.substring(s.words.get(from).start(), s.words.get(to - 1).end());
        if (r.people.containsKey(name) || EnglishLexicon.SURNAMES.contains(s.words.get(from).lower())) {
            return true;
        }
        String next = s.word(to);
        String prev = s.word(from - 1);
        return EnglishLexicon.SPEECH_VERBS.contains(next)
                || next.equals(",") && (s.word(to + 1).equals("a") || s.word(to + 1).equals("an") || s.word(to + 1).equals("the")
                        || EnglishLexicon.ROLE_HEADS.contains(s.word(to + 1)) || EnglishLexicon.ROLE_HEADS.contains(s.word(to + 2)))
                || EnglishLexicon.ROLE_HEADS.contains(prev) || prev.equals("by") && s.word(from - 2).equals("said");
    }

    private static void add(Reading r, Sentence s, int from, int to, Chunk.Kind kind, String type) {
        String name = r.text.substring(s.words.get(from).start(), s.words.get(to - 1).end());
        s.chunks.add(new Chunk(name, kind, type, from, to, s.words.get(from).start(), s.words.get(to - 1).end()));
    }
}
