package org.xiandao.core.document.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * Figures: value, unit and scale, the metric and whose it is, the period (resolved against the publication
 * date), whether it is an actual, a target, an expectation or a forecast, and qualifiers ("about", "more
 * than"). Each figure reads its context between the previous figure and the next, so "4.4 percent … last
 * year, with the figure expected to reach 4.5 percent this year" gives two figures with their own periods
 * and kinds.
 */
final class EnglishQuantities {

    private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "bn", "mn");
    private static final Set<String> CURRENCIES = Set.of("yuan", "rmb", "cny", "dollars", "dollar", "usd", "euros", "euro");
    private static final Set<String> NOT_COUNTS = Set.of("years", "days", "months", "weeks", "hours", "minutes", "times", "am", "pm", "yuan");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "staff", "personnel", "children", "men", "women");
    private static final Set<String> STOP_COUNT = Set.of("of", "to", "in", "on", "at", "by", "for", "from", "and", "or", "with", ",", ".", ";", "percent", "than");

    private static final Pattern[] METRICS = {
        Pattern.compile("(r&d|research and development)[\\w\\s]{0,30}?(expenditure|spending|investment|intensity|input|outlays?)"),
        Pattern.compile("\\b(gdp|gross domestic product|economic output|economy)\\b"),
        Pattern.compile("\\b(revenue|revenues|sales|turnover|operating income)\\b"),
        Pattern.compile("\\b(net profit|profits?|earnings)\\b"),
        Pattern.compile("\\b(output value|industrial output|industry scale|scale of the industry|industrial scale|market size|output)\\b"),
        Pattern.compile("\\b(raised|raises|raise|financing|funding round|funding|series [a-d]\\b)"),
        Pattern.compile("\\b(fund|funds)\\b"),
        Pattern.compile("\\b(invest|invests|invested|investment|investments|capital expenditure|capex|commit|commits|committed|spend|spends|spent)\\b"),
        Pattern.compile("\\b(exports?)\\b"),
        Pattern.compile("\\b(valuation|valued)\\b"),
        Pattern.compile("\\b(subsid\\w*|grants?|rewards?|support|vouchers?)\\b"),
        Pattern.compile("\\b(share|proportion|accounted for|account for|accounts for)\\b"),
    };
    private static final String[] METRIC_NAMES = {"R&D expenditure", "GDP", "revenue", "profit", "output", "financing",
        "fund size", "investment", "exports", "valuation", "support", "share"};
    private static final Pattern GDP = Pattern.compile("\\b(gdp|gross domestic product)\\b");
    private static final Pattern GROWTH = Pattern.compile("\\b(grew|grow|grows|growth|rose|rise|rises|increase|increased|increases|up|jumped|surged|climbed|fell|fall|falls|declined|decline|down|dropped|slipped|slid|decreased|plunged|shrank|soared|gained|by)\\b");
    private static final Pattern PLAN_VERB = Pattern.compile("\\bwill\\s+(?:\\w+\\s+){0,2}?(raise|lift|increase|boost|cut|reduce|keep|double|expand|bring|attract|add|build|hire|invest|spend|offer|provide|commit)\\b");
    private static final Pattern TARGET = Pattern.compile("\\b(target|targets|targeted|aim|aims|aimed|aiming|goal|goals|strive|strives|striving|seek|seeks|plans?|planned|pledged?|vow|vowed|ambition|set to|must|required|at least \\d)\\b");
    private static final Pattern EXPECTED = Pattern.compile("\\b(expect|expected|expects|expecting|likely|on track|anticipated?)\\b");
    private static final Pattern FORECAST = Pattern.compile("\\b(forecasts?|forecasted|project|projected|projects|projection|predicts?|predicted|estimates?|estimated|could|might)\\b");
    private static final Pattern WILL = Pattern.compile("\\b(will|would)\\b");
    private static final Pattern ANAPHOR = Pattern.compile("\\b(the|that|this) (figure|number|ratio|rate|share|proportion|amount)\\b");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(about|around|approximately|roughly|nearly|almost|some|close to|more than|over|above|exceeding|at least|less than|under|below|up to|at most|as much as|as many as)\\s*$");

    private EnglishQuantities() {}

    static void read(Reading r) {
        String lastMetric = null;
        String lastSubject = null;
        int lastSubjectSentence = -1;
        String lastUnit = null;
        Periods.Period lastPeriod = null;
        for (Sentence s : r.sentences) {
            List<Words.Word> w = s.words;
            int previousEnd = s.start;
            for (int i = 0; i < w.size(); i++) {
                Words.Word word = w.get(i);
                if (!word.number() || !quantity(s, i)) {
                    continue;
                }
                int[] unitEnd = {i + 1};
                Map<String, String> a = new LinkedHashMap<>();
                unit(s, i, unitEnd, a);
                if (a.get("unit") == null) {
                    continue;
                }
                int nextStart = s.end;
                for (int k = unitEnd[0]; k < w.size(); k++) {
                    if (w.get(k).number() && quantity(s, k)) {
                        nextStart = w.get(k).start();
                        break;
                    }
                }
                String left = EnglishLexicon.lower(r.text.substring(previousEnd, word.start()));
                int clauseEnd = clauseEnd(r.text, w.get(unitEnd[0] - 1).end(), nextStart);
                String right = EnglishLexicon.lower(r.text.substring(w.get(unitEnd[0] - 1).end(), clauseEnd));
                Matcher q = QUALIFIER.matcher(left.replaceAll("(us\\$|\\$|rmb|¥)\\s*$", ""));
                int evidenceStart = word.start();
                if (q.find()) {
                    evidenceStart = previousEnd + q.start(1); // the currency suffix removed above does not move it
                    a.put("qualifier", q.group(1).equals("over") || q.group(1).equals("above") || q.group(1).equals("exceeding") ? "more than"
                            : q.group(1).equals("around") || q.group(1).equals("approximately") || q.group(1).equals("roughly") || q.group(1).equals("some") ? "about"
                            : q.group(1).equals("under") || q.group(1).equals("below") ? "less than" : q.group(1));
                }
                String leftClause = left.substring(Math.max(left.lastIndexOf(','), left.lastIndexOf(';')) + 1);
                boolean anaphor = ANAPHOR.matcher(leftClause).find() && metric(leftClause, a.get("unit")) == null;
                String metric = anaphor && lastMetric != null ? lastMetric : metric(left + " _ " + right, a.get("unit"));
                boolean sameClause = previousEnd > s.start && leftClause.length() == left.length();
                if (metric == null && sameClause && lastMetric != null) {
                    metric = lastMetric.replace(" growth", ""); // "revenue grew 18 percent to 2.4 billion yuan"
                }
                if (metric == null && lastSubjectSentence == s.index && lastMetric != null && lastUnit != null && lastUnit.equals(a.get("unit"))) {
                    metric = lastMetric.replace(" growth", ""); // "output … 382 billion yuan …, a target of 450 billion yuan"
                }
                if (metric == null) {
                    metric = a.get("unit").equals("%") ? "share" : "amount";
                    if (!a.containsKey("currency") && !a.get("unit").equals("%")) {
                        metric = "count";
                    }
                }
                boolean level = left.matches("(?s).*\\b(to|at|of|reach|reached|reaching)\\s+(about |around |nearly |almost |some |over |more than |at least |approximately |roughly )?$");
                boolean growthNoun = leftClause.matches("(?s).*\\b(growth|growth rate)\\b.*") && !metric.equals("share");
                if (a.get("unit").equals("%") && !metric.contains("/") && !metric.endsWith("growth") && (!level && lastWordMatches(GROWTH, left) || growthNoun)) {
                    if (metric.equals("share") && lastMetric != null && lastSubjectSentence == s.index && !lastMetric.contains("/")) {
                        metric = lastMetric.replace(" growth", "") + " growth"; // "revenue reached 65 million yuan, up 140 percent"
                    } else {
                        metric = metric.equals("share") ? "growth" : metric + " growth";
                    }
                }
                if (!a.containsKey("currency") && !a.get("unit").equals("%") && !a.get("unit").equals("percentage points")
                        && !SCALES.contains(a.get("unit"))) {
                    metric = "count"; // "about 300 engineers", "120 integrated circuit companies"
                }
                Periods.Period period = Periods.english(r.text, w.get(unitEnd[0] - 1).end(), clauseEnd, r.document.published());
                if (period == null) {
                    int leftFrom = Math.max(previousEnd, s.start);
                    period = Periods.english(r.text, leftFrom, word.start(), r.document.published());
                }
                if (period == null) {
                    period = Periods.english(r.text, w.get(unitEnd[0] - 1).end(), clauseEnd(r.text, w.get(unitEnd[0] - 1).end(), s.end), r.document.published());
                }
                if (period == null && sameClause && lastPeriod != null) {
                    period = lastPeriod;
                }
                if (period != null) {
                    a.put("period", period.value());
                }
                a.put("kind", kind(left, period, r.document.published().getYear()));
                String subject = anaphor && lastSubject != null ? lastSubject : subject(r, s, previousEnd, word.start(), metric);
                if (s.speaker != null) {
                    a.put("said_by", s.speaker);
                }
                Span evidence = new Span(evidenceStart, w.get(unitEnd[0] - 1).end());
                r.add(FactType.QUANTITY, subject == null ? "" : subject, metric, word.text(), a, evidence, s);
                lastMetric = metric;
                lastSubject = subject;
                lastSubjectSentence = s.index;
                lastUnit = a.get("unit");
                lastPeriod = period;
                previousEnd = w.get(unitEnd[0] - 1).end();
                i = unitEnd[0] - 1;
            }
        }
    }

    /** Is the number at word i a figure, not a year, a date or an ordinal? */
    private static boolean quantity(Sentence s, int i) {
        String t = s.words.get(i).text();
        String prev = s.word(i - 1);
        String next = s.word(i + 1);
        if (next.equals("th") || next.equals("st") || next.equals("nd") || next.equals("rd")) {
            return false;
        }
        if (prev.matches("jan\\.?|feb\\.?|mar\\.?|apr\\.?|may|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|oct\\.?|nov\\.?|dec\\.?|january|february|march|april|june|july|august|september|october|november|december|no|phase|article|section|clause")) {
            return false;
        }
        boolean yearLike = t.matches("(19|20)\\d{2}");
        return !yearLike || next.equals("percent") || next.equals("%") || SCALES.contains(next) || CURRENCIES.contains(next);
    }

    private static void unit(Sentence s, int i, int[] end, Map<String, String> a) {
        String prev = s.word(i - 1);
        int j = i + 1;
        String n1 = s.word(j);
        if (prev.equals("$") || prev.equals("us$")) {
            a.put("currency", "USD");
        } else if (prev.equals("rmb") || prev.equals("¥") || prev.equals("cny")) {
            a.put("currency", "CNY");
        }
        if (n1.equals("percent") || n1.equals("%")) {
            a.put("unit", "%");
            end[0] = j + 1;
            return;
        }
        if (n1.equals("per") && s.word(j + 1).equals("cent")) {
            a.put("unit", "%");
            end[0] = j + 2;
            return;
        }
        if (n1.equals("percentage") && s.word(j + 1).startsWith("point")) {
            a.put("unit", "percentage points");
            end[0] = j + 2;
            return;
        }
        if (SCALES.contains(n1)) {
            a.put("scale", n1.equals("bn") ? "billion" : n1.equals("mn") ? "million" : n1);
            j++;
        } else if (n1.equals("亿") || n1.equals("万")) {
            a.put("scale", n1);
            j++;
        }
        String c = s.word(j);
        if (c.equals("yuan") || c.equals("rmb") || c.equals("cny")) {
            a.put("currency", "CNY");
            j++;
        } else if (c.equals("dollars") || c.equals("dollar") || c.equals("usd") || c.equals("u.s") && s.word(j + 1).startsWith("dollar")) {
            a.put("currency", "USD");
            j += c.equals("u.s") ? 2 : 1;
        } else if (c.equals("us") && s.word(j + 1).startsWith("dollar")) {
            a.put("currency", "USD");
            j += 2;
        } else if (c.equals("euros") || c.equals("euro")) {
            a.put("currency", "EUR");
            j++;
        }
        if (a.containsKey("currency")) {
            a.put("unit", a.get("currency").equals("CNY") ? "yuan" : a.get("currency"));
            a.put("value_base", base(s.words.get(i).text(), a.get("scale")));
        } else if (a.containsKey("scale")) {
            a.put("unit", a.get("scale"));
            String noun = s.word(j);
            if (noun.matches("[a-z-]+s") && !NOT_COUNTS.contains(noun)) {
                a.put("unit", noun);
                a.put("value_base", base(s.words.get(i).text(), a.get("scale")));
                j++;
            }
        } else if (!s.words.get(i).text().contains(".")) {
            // A bare count of things: "120 companies", "about 300 engineers", "14 sensor and interface chip makers".
            for (int k = j; k < Math.min(s.words.size(), j + 5); k++) {
                String noun = s.word(k);
                if (k > j && STOP_COUNT.contains(noun) && !noun.equals("and") || s.words.get(k).number()) {
                    break;
                }
                if ((noun.matches("[a-z-]{3,}s") || IRREGULAR_PLURALS.contains(noun)) && !NOT_COUNTS.contains(noun)
                        && !noun.endsWith("ss") && !noun.endsWith("ous") && !noun.equals("this") && !noun.equals("its") && !noun.equals("was")
                        && !noun.equals("has") && !noun.equals("is")) {
                    a.put("unit", noun);
                    j = k + 1;
                    break;
                }
            }
        }
        end[0] = j;
    }

    private static String base(String number, String scale) {
        java.math.BigDecimal v = new java.math.BigDecimal(number.replace(",", ""));
        java.math.BigDecimal m = switch (scale == null ? "" : scale) {
            case "thousand" -> java.math.BigDecimal.valueOf(1_000);
            case "million" -> java.math.BigDecimal.valueOf(1_000_000);
            case "billion" -> java.math.BigDecimal.valueOf(1_000_000_000);
            case "trillion" -> java.math.BigDecimal.valueOf(1_000_000_000_000L);
            case "亿" -> java.math.BigDecimal.valueOf(100_000_000);
            case "万" -> java.math.BigDecimal.valueOf(10_000);
            default -> java.math.BigDecimal.ONE;
        };
        return v.multiply(m).stripTrailingZeros().toPlainString();
    }

    private static int clauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                return i;
            }
        }
        return to;
    }

    static String metric(String context, String unit) {
        int best = -1;
        int bestPos = -1;
        for (int k = 0; k < METRICS.length; k++) {
            Matcher m = METRICS[k].matcher(context);
            int pos = -1;
            while (m.find()) {
                pos = m.start();
            }
            if (pos >= 0 && (best < 0 || k == 0)) {
                best = k;
                bestPos = pos;
                if (k == 0) {
                    break;
                }
            } else if (pos >= 0 && best > 0 && nearer(context, pos, bestPos)) {
                best = k;
                bestPos = pos;
            }
        }
        if (best < 0) {
            return null;
        }
        String name = METRIC_NAMES[best];
        if (best == 0 && "%".equals(unit) && GDP.matcher(context).find()) {
            return "R&D expenditure / GDP";
        }
        return name;
    }

    /** Of two metric words, the one nearer the figure (marked "_" between left and right context) wins. */
    private static boolean nearer(String context, int pos, int bestPos) {
        int at = context.indexOf(" _ ");
        if (at < 0) {
            return pos > bestPos;
        }
        return Math.abs(pos - at) < Math.abs(bestPos - at);
    }

    private static boolean lastWordMatches(Pattern p, String left) {
        String tail = left.length() > 30 ? left.substring(left.length() - 30) : left;
        return p.matcher(tail).find();
    }

    private static String kind(String left, Periods.Period period, int publishedYear) {
        String tail = left.length() > 80 ? left.substring(left.length() - 80) : left;
        boolean past = period != null && period.value().length() >= 4 && period.value().matches("\\d{4}.*")
                && Integer.parseInt(period.value().substring(0, 4)) < publishedYear;
        int t = last(TARGET, tail);
        int e = last(EXPECTED, tail);
        int f = last(FORECAST, tail);
        int best = Math.max(t, Math.max(e, f));
        String kind;
        if (best < 0) {
            // "will" only when no clearer word says what the figure is; "will raise … to" is a plan.
            if (last(WILL, tail) >= 0) {
                kind = PLAN_VERB.matcher(tail).find() || period != null && period.deadline() ? "target" : "expected";
            } else {
                kind = period != null && period.deadline() ? "target" : "actual";
            }
        } else if (best == t) {
            kind = "target";
        } else if (best == f) {
            kind = "forecast";
        } else {
            kind = "expected";
        }
        // "an estimated 4.6 percent in 2024", "by the end of last year": figures for past periods are actuals.
        return past ? "actual" : kind;
    }

    private static int last(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** Whose figure: the nearest organisation or place before it, a place anaphor, or the document's place. */
    private static String subject(Reading r, Sentence s, int from, int to, String metric) {
        Chunk best = null;
        for (Chunk c : s.chunks) {
            if (c.start() >= s.start && c.end() <= to && c.start() >= Math.min(from, s.start)
                    && (c.kind() == Chunk.Kind.ORGANISATION && !"media".equals(c.orgType()) || c.kind() == Chunk.Kind.PLACE || c.kind() == Chunk.Kind.UNKNOWN)) {
                best = c;
            }
        }
        String left = EnglishLexicon.lower(r.text.substring(s.start, to));
        boolean macro = metric.startsWith("GDP") || metric.startsWith("R&D expenditure /");
        for (String anaphor : EnglishLexicon.PLACE_ANAPHORS) {
            if (left.contains(anaphor + "’s") || left.contains(anaphor + "'s") || left.contains("the " + anaphor + " ")) {
                if (best == null || macro || best.kind() != Chunk.Kind.ORGANISATION) {
                    return r.mainPlace();
                }
            }
        }
        if (best != null) {
            if (best.kind() == Chunk.Kind.ORGANISATION) {
                Reading.Org o = r.organisations.get(best.name());
                return o == null ? best.name() : o.name;
            }
            return best.name();
        }
        String org = left.matches("(?s).*\\b(its|the (firm|company|group)(’s|'s)?)\\b.*") ? r.companyBefore(to) : r.organisationBefore(to);
        return macro || org == null ? r.mainPlace() : org;
    }
}
