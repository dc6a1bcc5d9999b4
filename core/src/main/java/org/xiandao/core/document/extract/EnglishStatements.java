package org.xiandao.core.document.extract;

import static org.xiandao.core.document.extract.EnglishLexicon.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * Commitments and plans ("Shanghai will … roll out a new round of the program"; "the report proposed
 * accelerating the set-up of a fund"), events ("a government work report presented at the annual meeting
 * of … yesterday") and relations between organisations ("X, operated by Y"; "the firm had earlier founded
 * a related fund").
 */
final class EnglishStatements {

    private static final Pattern MARKER = Pattern.compile(
            "\\b(will|would|plans? to|planned to|aims? to|aimed to|is set to|are set to|was set to|intends? to|pledged to|pledges to|vowed to|vows to|"
                    + "is going to|are going to|proposed|proposes|announced plans to|expects? to|hopes? to|seeks? to|is committed to|committed to)\\b");
    /** Verbs that open a coordinated plan ("…, actively boost X, facilitate Y, and go all out to Z"). */
    private static final Set<String> VERBS = Set.of("promote", "boost", "facilitate", "go", "roll", "build", "set",
            "establish", "launch", "invest", "expand", "develop", "support", "accelerate", "attract", "create", "increase",
            "strengthen", "improve", "foster", "cultivate", "open", "introduce", "provide", "offer", "raise", "speed",
            "deepen", "advance", "upgrade", "continue", "implement", "construct", "complete", "achieve", "reach", "add",
            "hire", "double", "cut", "reduce", "explore", "form", "host", "deploy", "release", "recruit", "focus",
            "encourage", "help", "enhance", "optimize", "optimise", "nurture", "guide", "back", "fund", "finance",
            "allocate", "spend", "issue", "adopt", "step", "push", "drive", "lure", "make", "bring", "move",
            "list", "start", "begin", "enter", "cooperate", "partner", "sign", "found", "set-up", "tap", "train", "grant",
            "subsidize", "subsidise", "channel", "share", "scale", "ramp", "roll-out", "unveil", "announce", "target");
    /** Verbs after which reported speech starts its own subject ("Peng said the district will …"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "noted", "added", "stated", "explained", "announced");
    private static final Pattern FORECAST_BEFORE = Pattern.compile("\\b(forecast|forecasts|predicted|predicts|projected|projects|estimated|estimates)\\s+(that\\s+)?[^,;]*$");
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:a|an|the|its|this year's|last year's)\\s+((?:[a-z-]+\\s+){0,3}(?:report|plan|white paper|guidelines?|notice|policy|measures|speech|address|blueprint|roadmap|outline|budget))\\s+"
                    + "(presented|delivered|released|issued|unveiled|published|announced|adopted|approved|submitted)\\s+(?:at|during|to|on|in|by)\\s+(?:the\\s+)?"
                    + "(.+?)(?=\\s+(?:yesterday|today|on\\s+\\w+day|on\\s+\\w+\\.?\\s+\\d|last\\s+\\w+|this\\s+\\w+|in\\s+\\d{4})|[,.;]|$)");
    private static final Pattern BY = Pattern.compile("^\\s*,?\\s*(?:(?:is|was|are|were|has been|is being)\\s+)?(operated|owned|managed|run|backed|funded|developed|founded|built|established|controlled|led)\\s+by\\s+(?:the\\s+)?$");
    private static final Map<String, String> ACTIVE = Map.of("operated", "operates", "owned", "owns", "managed", "manages",
            "run", "runs", "backed", "backs", "funded", "funds", "developed", "develops", "founded", "founded", "built", "built",
            "led", "led");
    private static final Pattern FOUNDED = Pattern.compile(
            "\\b(had|has|have)?\\s*(earlier|previously|already|recently|also|once)?\\s*(founded|set up|established|launched|created|initiated|formed)\\s+((?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,5}?(?:fund|funds|company|subsidiary|joint venture|lab|laboratory|institute|center|centre|platform|incubator|park))\\b");
    private static final Pattern LINKS = Pattern.compile(
            "^\\s+(invested in|has invested in|acquired|has acquired|partnered with|teamed up with|signed an agreement with|signed a deal with|signed a contract with|supplies|backs|operates|owns|manages|runs|led a round in|led the round in)\\s+(?:the\\s+)?$");

    private EnglishStatements() {}

    static void read(Reading r) {
        for (Sentence s : r.sentences) {
            commitments(r, s);
            events(r, s);
            relations(r, s);
        }
    }

    private static void commitments(Reading r, Sentence s) {
        String sentence = lower(r.text.substring(s.start, s.end));
        Matcher m = MARKER.matcher(sentence);
        int consumedTo = -1;
        while (m.find()) {
            int markerStart = s.start + m.start();
            int markerEnd = s.start + m.end();
            if (markerStart < consumedTo) {
                continue;
            }
            if (FORECAST_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                continue; // "He forecast that domestic makers would win …": a forecast, reported elsewhere as a figure
            }
            int w = wordAt(s, markerEnd);
            if (w < 0 || s.word(w).equals("be") && (s.word(w + 1).endsWith("ed") || s.word(w + 1).equals("a"))
                    && !m.group(1).equals("proposed") || s.word(w).equals("not") || s.word(w).equals("have")) {
                continue;
            }
            int end = statementEnd(s, w);
            for (int k = w + 1; k < end; k++) {
                if (s.word(k).equals("and") && k + 1 < end && MARKER.matcher(lower(r.slice(s, k + 1, Math.min(end, k + 4)))).lookingAt()) {
                    end = k; // "hire 300 engineers and aims to spend …": two plans, each with its own status
                    break;
                }
            }
            if (end <= w) {
                continue;
            }
            String who = who(r, s, wordAt(s, markerStart));
            String status = status(m.group(1));
            int pieceStart = w;
            List<int[]> pieces = new ArrayList<>();
            for (int i = w + 1; i < end; i++) {
                boolean comma = s.word(i).equals(",");
                boolean and = s.word(i).equals("and") || s.word(i).equals("as well as");
                if (!comma && !and) {
                    continue;
                }
                int v = i + 1;
                if (comma && s.word(v).equals("and")) {
                    v++;
                }
                while (s.word(v).endsWith("ly") || s.word(v).equals("further") || s.word(v).equals("also")) {
                    v++;
                }
                if (isVerb(s.word(v)) && !s.word(v - 1).equals("to")) {
                    pieces.add(new int[] {pieceStart, i});
                    pieceStart = comma && s.word(i + 1).equals("and") ? i + 2 : i + 1;
                    i = v;
                }
            }
            pieces.add(new int[] {pieceStart, end});
            for (int[] p : pieces) {
                while (p[0] < p[1] - 1 && (s.word(p[0]).equals("also") || s.word(p[0]).equals("further") || s.word(p[0]).equals("still"))) {
                    p[0]++;
                }
                String what = r.slice(s, p[0], p[1]).strip();
                if (what.isEmpty() || what.split("\\s+").length < 2) {
                    continue;
                }
                Map<String, String> a = new LinkedHashMap<>();
                Periods.Period period = Periods.english(r.text, s.words.get(p[0]).start(), s.words.get(p[1] - 1).end(), r.document.published());
                if (period == null) {
                    period = Periods.english(r.text, s.start, markerStart, r.document.published());
                }
                if (period != null) {
                    a.put("period", period.value());
                }
                if (s.speaker != null) {
                    a.put("said_by", s.speaker);
                }
                r.add(FactType.COMMITMENT, who == null ? "" : who, status, what, a,
                        new Span(s.words.get(p[0]).start(), s.words.get(p[1] - 1).end()), s);
            }
            consumedTo = s.words.get(end - 1).end();
        }
    }

    /** Where a plan's words stop: at the end of the clause or at ", X said". */
    private static int statementEnd(Sentence s, int from) {
        for (int i = from; i < s.words.size(); i++) {
            String w = s.word(i);
            if (w.equals(";") || w.equals(".") || w.equals("?") || w.equals("!")) {
                return i;
            }
            if (w.equals(",")) {
                String next = s.word(i + 1);
                Chunk c = s.chunkStarting(i + 1);
                if (next.equals("according") || next.equals("as") || next.equals("while") || next.equals("which")
                        || next.equals("adding") || next.equals("saying") || next.equals("with") || next.equals("but")
                        || next.equals("he") || next.equals("she") || next.equals("they") || next.equals("it")
                        || c != null && (c.kind() == Chunk.Kind.PERSON || EnglishLexicon.SPEECH_VERBS.contains(s.word(c.to())))
                        || speechFollows(s, i + 1)) {
                    return i;
                }
            }
        }
        return s.words.size();
    }

    /** ", its chief executive said": a speech verb within a few words, before any other comma. */
    private static boolean speechFollows(Sentence s, int from) {
        for (int k = from; k < s.words.size() && k < from + 6; k++) {
            String w = s.word(k);
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if (EnglishLexicon.SPEECH_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Who commits: the subject before the marker, resolved through "which", "it", "the firm", "the city". */
    private static String who(Reading r, Sentence s, int marker) {
        int from = marker - 1;
        // The subject starts after a clause break, "that", a dateline dash or a speech verb ("X said the park will").
        while (from >= 0 && !s.word(from).equals(",") && !s.word(from).equals(";") && !s.word(from).equals("that")
                && !dash(s, from) && !REPORTING.contains(s.word(from))) {
            from--;
        }
        from++;
        while (from < marker && (s.word(from).equals("and") || s.word(from).equals("but") || s.word(from).equals("while"))) {
            from++;
        }
        String first = s.word(from);
        if (first.equals("which") || first.equals("that")) {
            int comma = from - 1;
            int np = comma - 1;
            while (np > 0 && !s.word(np - 1).equals(",") && !isDeterminer(s.word(np))) {
                np--;
            }
            String antecedent = r.slice(s, isDeterminer(s.word(np)) ? np + 1 : np, comma);
            String owner = relationOwner(r, s);
            return owner != null ? owner + " — " + antecedent : antecedent;
        }
        for (int i = from; i < marker; i++) {
            Chunk c = s.chunkAt(i);
            if (c != null && c.kind() != Chunk.Kind.PERSON && !"media".equals(c.orgType())) {
                Reading.Org o = r.organisations.get(c.name());
                return o != null ? o.name : c.name();
            }
            if (c != null) {
                return c.name();
            }
            String w = s.word(i);
            if ((w.equals("park") || w.equals("zone") || w.equals("area")) && i > from && s.word(i - 1).equals("the")) {
                String park = r.organisationBefore(s.words.get(i).start(), "park");
                if (park != null) {
                    return park; // "the park will court three test houses"
                }
            }
            if (EnglishLexicon.PLACE_ANAPHORS.contains(w)) {
                return w.equals("district") ? r.districtOr(r.mainPlace()) : r.mainPlace();
            }
            if (EnglishLexicon.ORG_ANAPHORS.contains(w) && i > from && s.word(i - 1).equals("the")) {
                return r.companyBefore(s.words.get(i).start());
            }
            if (w.equals("it") || w.equals("we") || w.equals("they")) {
                String org = r.companyBefore(s.words.get(i).start());
                return org != null ? org : r.mainPlace();
            }
            if (w.equals("he") || w.equals("she")) {
                return s.speaker != null ? s.speaker : r.lastPersonBefore(s.words.get(i).start());
            }
            if (!isDeterminer(w) && !s.words.get(i).capitalised() && (isVerb(w) || w.equals("has") || w.equals("and") || w.equals("had"))) {
                break;
            }
        }
        // A noun phrase subject: "The government work report proposed …".
        if (from < marker && from + 5 >= marker && !isVerb(s.word(marker - 1))) {
            int a = isDeterminer(s.word(from)) ? from + 1 : from;
            String np = r.slice(s, a, marker);
            if (!np.isBlank() && np.chars().noneMatch(ch -> ch == ',')) {
                return np;
            }
        }
        int opening = 0;
        for (int k = 0; k < Math.min(s.words.size(), 12); k++) {
            if (dash(s, k)) {
                opening = k + 1; // after the dateline "(Yicai) Jan. 24 --"
            }
        }
        for (Chunk c : s.chunks) {
            if (c.from() >= opening && c.from() <= opening + 3) {
                Reading.Org o = r.organisations.get(c.name());
                return o != null ? o.name : c.name();
            }
        }
        return s.speaker != null ? s.speaker : r.mainPlace();
    }

    /** The dateline's "--", which the tokenizer keeps as two "-". */
    private static boolean dash(Sentence s, int k) {
        return s.word(k).equals("--") || s.word(k).equals("-") && s.word(k - 1).equals("-");
    }

    private static String relationOwner(Reading r, Sentence s) {
        Matcher m = FOUNDED.matcher(lower(r.text.substring(s.start, s.end)));
        return m.find() ? r.organisationBefore(s.start) : null;
    }

    private static void events(Reading r, Sentence s) {
        Matcher m = EVENT.matcher(r.text.substring(s.start, s.end));
        while (m.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            Periods.Period when = Periods.english(r.text, s.start + m.end(3), s.end, r.document.published());
            if (when != null) {
                a.put("date", when.value());
            }
            if (s.speaker != null) {
                a.put("by", s.speaker);
            }
            r.add(FactType.EVENT, m.group(1).strip(), m.group(2), m.group(3).strip(), a,
                    new Span(s.start + m.start(), when != null ? Math.max(s.start + m.end(), when.end()) : s.start + m.end()), s);
        }
    }

    private static void relations(Reading r, Sentence s) {
        List<Chunk> orgs = new ArrayList<>();
        for (Chunk c : s.chunks) {
            if (c.kind() == Chunk.Kind.ORGANISATION && !"media".equals(c.orgType()) || c.kind() == Chunk.Kind.UNKNOWN && c.to() - c.from() >= 2) {
                orgs.add(c);
            }
        }
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Chunk a = orgs.get(i);
            Chunk b = orgs.get(i + 1);
            String between = r.text.substring(a.end(), b.start());
            Matcher by = BY.matcher(between);
            if (by.matches()) {
                String verb = ACTIVE.getOrDefault(by.group(1), by.group(1));
                relation(r, s, name(r, b), verb, name(r, a), Map.of(), new Span(a.start(), b.end()));
                Reading.Org operated = r.organisations.get(name(r, a));
                if (operated != null) {
                    operated.said.putIfAbsent(by.group(1) + "_by", name(r, b));
                }
                Reading.Org operator = r.organisations.get(name(r, b));
                if (operator != null) {
                    operator.said.putIfAbsent(verb, name(r, a)); // "operates: Zhangjiang Hi-Tech Park"
                }
                continue;
            }
            Matcher link = LINKS.matcher(between);
            if (link.matches()) {
                relation(r, s, name(r, a), link.group(1).replace("has ", ""), name(r, b), Map.of(), new Span(a.start(), b.end()));
            }
        }
        String lowered = lower(r.text.substring(s.start, s.end));
        Matcher f = FOUNDED.matcher(lowered);
        if (f.find()) {
            String subject = null;
            int at = s.start + f.start();
            for (Chunk c : s.chunks) {
                if (c.kind() == Chunk.Kind.ORGANISATION && c.end() <= at) {
                    subject = name(r, c);
                }
            }
            String before = lowered.substring(0, f.start());
            if (subject == null && (before.matches(".*\\b(the|this)\\s+(firm|company|group|park|operator|developer)\\s*$") || before.matches(".*\\b(it)\\s*$"))) {
                subject = r.companyBefore(s.start);
            }
            if (subject != null) {
                Map<String, String> a = new LinkedHashMap<>();
                if (f.group(2) != null) {
                    a.put("when", f.group(2));
                }
                relation(r, s, subject, "founded", r.text.substring(s.start + f.start(4), s.start + f.end(4)), a,
                        new Span(s.start + f.start(), s.start + f.end()));
            }
        }
    }

    private static void relation(Reading r, Sentence s, String subject, String predicate, String object, Map<String, String> a, Span evidence) {
        r.add(FactType.RELATION, subject, predicate, object, a, evidence, s);
    }

    private static String name(Reading r, Chunk c) {
        Reading.Org o = r.organisations.get(c.name());
        return o == null ? c.name() : o.name;
    }

    private static String status(String marker) {
        if (marker.startsWith("plan")) {
            return "plans";
        }
        if (marker.startsWith("propos")) {
            return "proposed";
        }
        if (marker.startsWith("aim")) {
            return "aims";
        }
        if (marker.startsWith("pledge") || marker.startsWith("vow") || marker.contains("committed")) {
            return "pledged";
        }
        if (marker.startsWith("intend")) {
            return "intends";
        }
        if (marker.startsWith("expect") || marker.startsWith("hope") || marker.startsWith("seek")) {
            return marker.replaceAll("s? to$", "s").replace("es", "s");
        }
        return "will";
    }

    private static int wordAt(Sentence s, int offset) {
        for (int i = 0; i < s.words.size(); i++) {
            if (s.words.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDeterminer(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("their") || w.equals("this");
    }

    static boolean isVerb(String w) {
        if (VERBS.contains(w)) {
            return true;
        }
        if (w.endsWith("ing") && w.length() > 5) {
            String stem = w.substring(0, w.length() - 3);
            return VERBS.contains(stem) || VERBS.contains(stem + "e") || stem.length() > 2
                    && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2) && VERBS.contains(stem.substring(0, stem.length() - 1));
        }
        return false;
    }
}
