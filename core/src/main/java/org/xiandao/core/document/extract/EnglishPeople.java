package org.xiandao.core.document.extract;

import static org.xiandao.core.document.extract.EnglishLexicon.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * People and the roles the text gives them: appositions ("Pan Jing, a congress deputy and chairman of
 * Taimi Robotics, told …"), titles before names ("Mayor Gong Zheng", "Taimi chairman Pan Jing"), roles met
 * before the name ("the municipality's mayor … Gong Zheng said"), and who speaks in each sentence,
 * including pronouns ("he noted") and surnames alone.
 */
final class EnglishPeople {

    private EnglishPeople() {}

    static void read(Reading r, Sentence s) {
        {
            pendingRoles(r, s);
            for (int ci = 0; ci < s.chunks.size(); ci++) {
                Chunk c = s.chunks.get(ci);
                if (c.kind() != Chunk.Kind.PERSON) {
                    continue;
                }
                Reading.Person p = r.person(c.name());
                p.lastMention = c.start();
                int before = p.roles.size();
                int appositionEnd = apposition(r, s, c, p);
                titleBefore(r, s, c, p);
                boolean speaks = speaks(s, appositionEnd > 0 ? appositionEnd : c.to()) || accordingTo(s, c.from());
                if (speaks && s.speaker == null) {
                    s.speaker = p.name;
                }
                if (p.roles.size() == before && before == 0 && speaks) {
                    adoptPendingRole(r, s, c, p);
                }
                if (p.roles.size() == before && before == 0) {
                    r.add(FactType.PERSON, p.name, "mentioned", null, Map.of(), new Span(c.start(), c.end()), s);
                }
            }
            if (s.speaker == null) {
                pronounSpeaker(r, s);
            }
        }
    }

    /** "NAME, a congress deputy and chairman of ORG," — returns the word index after the apposition, or -1. */
    private static int apposition(Reading r, Sentence s, Chunk c, Reading.Person p) {
        if (!",".equals(s.word(c.to()))) {
            return -1;
        }
        int from = c.to() + 1;
        int to = from;
        while (to < s.words.size() && !",".equals(s.word(to)) && !";".equals(s.word(to)) && !".".equals(s.word(to))) {
            to++;
        }
        if (to == from || to - from > 30) {
            return -1;
        }
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = from;
        for (int i = from; i < to; i++) {
            if (s.word(i).equals("and") && i > pieceStart && s.chunkAt(i) == null) {
                pieces.add(new int[] {pieceStart, i});
                pieceStart = i + 1;
            }
        }
        pieces.add(new int[] {pieceStart, to});
        List<String[]> found = new ArrayList<>();
        String sharedOrg = null;
        for (int k = pieces.size() - 1; k >= 0; k--) {
            int a = pieces.get(k)[0];
            int b = pieces.get(k)[1];
            boolean article = s.word(a).equals("a") || s.word(a).equals("an") || s.word(a).equals("the");
            if (article) {
                a++;
            }
            int of = -1;
            for (int i = a; i < b; i++) {
                String w = s.word(i);
                if (w.equals("of") || w.equals("at") || w.equals("with") || w.equals("for")) {
                    of = i;
                    break;
                }
            }
            String role;
            String org = null;
            int possessive = -1;
            for (int i = a; i < b && i < a + 3; i++) {
                if (Words.possessive(s.words.get(i))) {
                    possessive = i;
                }
            }
            if (possessive > a && of < 0) {
                // "the company's co-founder", "Taimi's chairman", "the city's mayor"
                Chunk owner = s.chunkEnding(possessive);
                String ownerWord = s.word(possessive - 1);
                org = owner != null ? (owner.kind() == Chunk.Kind.ORGANISATION ? r.organisation(owner, s).name : owner.name())
                        : EnglishLexicon.PLACE_ANAPHORS.contains(ownerWord) ? r.mainPlace()
                        : EnglishLexicon.ORG_ANAPHORS.contains(ownerWord) ? r.companyBefore(c.start()) : null;
                role = r.slice(s, possessive + 1, b);
                if (!isRole(role)) {
                    if (k == pieces.size() - 1) {
                        return -1;
                    }
                    continue;
                }
                if (org != null) {
                    sharedOrg = org;
                }
                found.add(0, new String[] {lower(role), org});
                continue;
            }
            if (of > a) {
                role = r.slice(s, a, of);
                org = organisationIn(r, s, of + 1, b);
            } else {
                Chunk owner = null;
                int roleFrom = a;
                for (Chunk ch : s.chunks) {
                    if (ch.from() >= a && ch.to() < b && ch.kind() != Chunk.Kind.PERSON) {
                        owner = ch;
                        roleFrom = ch.to();
                    }
                }
                if (roleFrom < b && Words.possessive(s.words.get(roleFrom))) {
                    roleFrom++;
                }
                role = r.slice(s, roleFrom, b);
                if (owner != null) {
                    org = owner.kind() == Chunk.Kind.ORGANISATION ? r.organisation(owner, s).name : owner.name();
                }
            }
            if (!isRole(role)) {
                if (k == pieces.size() - 1) {
                    return -1;
                }
                continue;
            }
            if (org == null && !article) {
                org = sharedOrg;
            }
            if (org != null) {
                sharedOrg = org;
            }
            found.add(0, new String[] {lower(role), org});
        }
        if (found.isEmpty()) {
            return -1;
        }
        Span evidence = new Span(c.start(), s.words.get(to - 1).end());
        for (String[] ro : found) {
            addRole(r, s, p, ro[0], ro[1], evidence, null);
        }
        return to + 1;
    }

    /** The organisation named in words [from, to): its last name chunk, with what the text says of it. */
    private static String organisationIn(Reading r, Sentence s, int from, int to) {
        Chunk last = null;
        for (Chunk ch : s.chunks) {
            if (ch.from() >= from && ch.to() <= to && ch.kind() != Chunk.Kind.PERSON) {
                last = ch;
            }
        }
        if (last == null) {
            String phrase = r.slice(s, from, to);
            return phrase.isBlank() ? null : phrase.replaceFirst("^(?i)the\\s+", "");
        }
        if (last.kind() == Chunk.Kind.PLACE) {
            return last.name();
        }
        Chunk org = last.kind() == Chunk.Kind.UNKNOWN ? last.as(Chunk.Kind.ORGANISATION, "company") : last;
        Reading.Org o = r.organisation(org, s);
        describe(r, s, o, from, org.from());
        return o.name;
    }

    /** "Shanghai-based medical robot maker" before a name: where it is based and what it is. */
    static void describe(Reading r, Sentence s, Reading.Org o, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String w = s.words.get(i).text();
            String lw = lower(w);
            if (lw.endsWith("-based") && w.length() > 6) {
                o.said.putIfAbsent("based_in", w.substring(0, w.length() - 6));
            } else if (!lw.equals("the") && !lw.equals("a") && !lw.equals("an") && !lw.equals("-")) {
                words.add(w);
            }
        }
        if (!words.isEmpty() && EnglishLexicon.DESCRIPTION_HEADS.contains(lower(words.get(words.size() - 1)))) {
            o.said.putIfAbsent("description", String.join(" ", words));
        }
    }

    /** "Mayor Gong Zheng" (title inside the chunk) or "Taimi chairman Pan Jing" (role words before it). */
    private static void titleBefore(Reading r, Sentence s, Chunk c, Reading.Person p) {
        int i = c.from() - 1;
        while (i >= 0 && HONORIFICS.contains(s.word(i))) {
            i--;
        }
        if (i >= 1 && s.word(i).equals(",") && isRoleWord(s.word(i - 1))) {
            i--; // "Amberlight's founder, Dr Ye Qiong, said"
        }
        int roleEnd = i + 1;
        while (i >= 0 && isRoleWord(s.word(i)) && (!s.words.get(i).capitalised() || EnglishLexicon.NAME_TITLES.contains(s.word(i))
                || EnglishLexicon.ROLE_HEADS.contains(s.word(i)))) {
            i--;
        }
        if (i >= 0 && i + 1 < roleEnd && EnglishLexicon.PLACE_ANAPHORS.contains(s.word(i)) && s.words.get(i).capitalised()) {
            i--; // "District head Shao Mingyuan"
        }
        if (i + 1 < roleEnd && isRole(r.slice(s, i + 1, roleEnd))) {
            String role = lower(r.slice(s, i + 1, roleEnd));
            int ownerEnd = i + 1;
            if (ownerEnd > 0 && Words.possessive(s.words.get(ownerEnd - 1))) {
                ownerEnd--;
            }
            Chunk owner = s.chunkEnding(ownerEnd);
            String org = null;
            if (owner != null && owner.kind() != Chunk.Kind.PERSON) {
                org = owner.kind() == Chunk.Kind.ORGANISATION || owner.kind() == Chunk.Kind.UNKNOWN
                        ? r.organisation(owner.kind() == Chunk.Kind.UNKNOWN ? owner.as(Chunk.Kind.ORGANISATION, "company") : owner, s).name
                        : owner.name();
            } else if (ownerEnd > 0 && EnglishLexicon.PLACE_ANAPHORS.contains(s.word(ownerEnd - 1))) {
                org = r.mainPlace();
            } else if (ownerEnd > 0 && (s.word(ownerEnd - 1).equals("its") || s.word(ownerEnd - 1).equals("their"))) {
                org = r.organisationBefore(c.start());
            } else if (EnglishLexicon.PLACE_ANAPHORS.contains(role.split(" ")[0])) {
                org = r.mainPlace();
            } else if (CORPORATE.contains(role.substring(role.lastIndexOf(' ') + 1))) {
                org = r.companyBefore(c.start()); // "Chairwoman Tang Yuexin told analysts": the company the article is about
            }
            int from = owner != null ? owner.from() : i + 1;
            addRole(r, s, p, role, org, new Span(s.words.get(from).start(), c.end()), null);
        }
    }

    /** "the municipality's mayor", "Shanghai's mayor", "the firm's founder" not followed by a name. */
    private static void pendingRoles(Reading r, Sentence s) {
        for (int i = 1; i + 1 < s.words.size(); i++) {
            if (!Words.possessive(s.words.get(i))) {
                continue;
            }
            int j = i + 1;
            while (j < s.words.size() && isRoleWord(s.word(j)) && !s.words.get(j).capitalised()) {
                j++;
            }
            if (j == i + 1 || !EnglishLexicon.ROLE_HEADS.contains(s.word(j - 1))) {
                continue;
            }
            if (j < s.words.size() && s.words.get(j).capitalised() && s.chunkStarting(j) != null) {
                continue; // a title before a name, handled with the name
            }
            String owner = s.word(i - 1);
            Chunk ownerChunk = s.chunkEnding(i);
            String org = ownerChunk != null ? ownerChunk.name()
                    : EnglishLexicon.PLACE_ANAPHORS.contains(owner) ? r.mainPlace()
                    : EnglishLexicon.ORG_ANAPHORS.contains(owner) ? r.organisationBefore(s.start) : null;
            int mentionStart = i - 1;
            if (mentionStart > 0 && s.word(mentionStart - 1).equals("the")) {
                mentionStart--;
            }
            Chunk before = s.chunkEnding(mentionStart - 1);
            if (s.word(mentionStart - 1).equals(",") && before != null && before.kind() == Chunk.Kind.PERSON) {
                continue; // "Liu Qinghe, the company's co-founder": an apposition, already read with the name
            }
            Sentence.PendingRole pr = new Sentence.PendingRole(lower(r.slice(s, i + 1, j)), org, r.slice(s, mentionStart, j), s.index);
            r.pendingRoles.add(pr);
            if (accordingTo(s, mentionStart)) {
                s.speakerRole = pr;
            }
        }
    }

    private static void adoptPendingRole(Reading r, Sentence s, Chunk c, Reading.Person p) {
        for (Sentence.PendingRole pr : r.pendingRoles) {
            if (pr.person == null && s.index - pr.sentence <= 2 && s.index >= pr.sentence) {
                pr.person = p.name;
                Map<String, String> extra = new LinkedHashMap<>();
                extra.put("coreference", pr.mention);
                addRole(r, s, p, pr.role, pr.organisation == null ? r.mainPlace() : pr.organisation,
                        new Span(c.start(), c.end()), extra);
                return;
            }
        }
    }

    private static void addRole(Reading r, Sentence s, Reading.Person p, String role, String org, Span evidence, Map<String, String> extra) {
        for (String[] known : p.roles) {
            if (known[0].equals(role) && java.util.Objects.equals(known[1], org)) {
                return;
            }
        }
        p.roles.add(new String[] {role, org});
        Map<String, String> attributes = new LinkedHashMap<>();
        if (org != null) {
            attributes.put("organisation", org);
        }
        if (extra != null) {
            attributes.putAll(extra);
        }
        r.add(FactType.PERSON, p.name, "role", role, attributes, evidence, s);
    }

    /** Is the name (or apposition ending at word {@code after}) followed by a speech verb? */
    private static boolean speaks(Sentence s, int after) {
        String w = s.word(after);
        return EnglishLexicon.SPEECH_VERBS.contains(w) || (w.equals("has") || w.equals("had")) && EnglishLexicon.SPEECH_VERBS.contains(s.word(after + 1));
    }

    private static boolean accordingTo(Sentence s, int at) {
        return s.word(at - 1).equals("to") && s.word(at - 2).equals("according")
                || s.word(at - 1).equals("the") && s.word(at - 2).equals("to") && s.word(at - 3).equals("according");
    }

    /** "he noted", "He said", "Pan added": the most recent person fitting the reference. */
    private static void pronounSpeaker(Reading r, Sentence s) {
        for (int i = 0; i + 1 < s.words.size(); i++) {
            String w = s.word(i);
            String next = s.word(i + 1);
            boolean verb = EnglishLexicon.SPEECH_VERBS.contains(next) || (next.equals("pointed") && s.word(i + 2).equals("out"));
            if (!verb) {
                continue;
            }
            if (w.equals("he") || w.equals("she")) {
                String last = r.lastPersonBefore(s.words.get(i).start());
                if (last != null) {
                    s.speaker = last;
                }
                return;
            }
            if (s.words.get(i).capitalised()) {
                for (Reading.Person p : r.people.values()) {
                    if (p.surname().equals(s.words.get(i).text()) || p.familyNameWestern().equals(s.words.get(i).text())) {
                        s.speaker = p.name;
                        return;
                    }
                }
            }
        }
        if (s.speakerRole != null && s.speakerRole.person != null) {
            s.speaker = s.speakerRole.person;
        }
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("dr", "dr.", "mr", "mrs", "ms", "prof", "professor");
    private static final java.util.Set<String> CORPORATE = java.util.Set.of("chairman", "chairwoman", "ceo", "founder",
            "co-founder", "president", "cfo", "cto", "coo");

    static boolean isRole(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return false;
        }
        String[] words = lower(phrase).trim().split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (EnglishLexicon.ROLE_HEADS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleWord(String w) {
        return EnglishLexicon.ROLE_HEADS.contains(w) || w.equals("general") || w.equals("vice") || w.equals("scientific")
                || w.equals("financial") || w.equals("technology") || w.equals("operating") || w.equals("deputy")
                || w.equals("executive") || w.equals("chief") || w.equals("managing") || w.equals("senior")
                || w.equals("party") || w.equals("congress") || w.equals("founding") || w.equals("research")
                || w.equals("technology") || w.equals("investment") || w.equals("former") || w.equals("acting");
    }
}
