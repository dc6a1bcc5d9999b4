package org.xiandao.core.document.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * Plans (将/计划/拟/提出/力争 …, one per clause that opens with a plan verb), events (在…会议上作…报告) and relations
 * (由…运营/领投/担任管理人, 设立…基金) in Chinese text.
 */
final class ChineseStatements {

    private ChineseStatements() {}

    private static final Pattern MARKER = Pattern.compile("(将|计划|拟|提出|力争|准备|打算|承诺|宣布将|要)");

    private static final Pattern EVENT = Pattern.compile("在([^，。；]{2,30}?(?:会议|大会|论坛|峰会|开幕式|发布会))上(?:作|发布|提交|宣布|提出|所作)?的?([^，。；]{0,12}?(?:报告|规划|方案|政策|措施|计划))");

    private static final Pattern FOUNDED = Pattern.compile("(此前|曾|已|已经|早前)?(?:发起)?(设立|成立|组建|发起设立)了?([^，。；]{0,12}?基金)");

    private static final Pattern BY_VERB = Pattern.compile("(?:负责|牵头|统一)?(开发运营|开发建设|运营|担任管理人|管理|领投|投资|发起设立|设立|开发|建设)");

    /** Verbs that open one plan among several ("加快建设…，新增…，并推动…"). */
    private static final Pattern PLAN_VERB = Pattern.compile("^(并|还将|同时)?(加快|推动|推进|设立|建设|新建|建成|打造|培育|引进|支持|实施|发布|启动|扩大|提升|加大|成立|布局|吸引|完善|新增|探索|重点投资|投资|扩建|开展|举办|组建|出台|设立|力争|争取|继续|聚焦|招引|引育|完成|实现)");

    static void commitments(Reading r, Sentence s, String text) {
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int start = m.end();
            while (start < text.length() && "，,：: ".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            int end = start;
            while (end < text.length() && "。；！？".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String whole = text.substring(start, end);
            int speech = whole.indexOf("，他");
            if (speech >= 0) {
                whole = whole.substring(0, speech);
            }
            if (whole.length() < 4 || whole.matches("^(达到|超过|增长|占|突破).*") || whole.matches(".*\\d.*(%|亿元|万元)$") && whole.length() < 14) {
                continue;
            }
            String before = text.substring(0, m.start());
            String who = null;
            for (Chunk c : s.chunks) {
                if (c.end() <= s.start + m.start() && !"media".equals(c.orgType())) {
                    who = c.name();
                }
            }
            if (who == null && before.matches("(?s).*报告\\s*$")) {
                who = r.facts.stream().filter(f -> f.type() == FactType.EVENT).map(org.xiandao.core.document.Fact::subject)
                        .reduce((a, b) -> b).orElse("报告");
            }
            if (who == null && before.matches("(?s).*(公司|企业)\\s*$")) {
                who = r.companyBefore(s.start + m.start());
            }
            if (who == null) {
                who = ChineseQuantities.mainPlace(r, before);
            }
            String status = switch (m.group(1)) {
                case "计划", "拟", "准备", "打算" -> "plans";
                case "提出" -> "proposed";
                case "力争" -> "aims";
                case "承诺" -> "pledged";
                default -> "will";
            };
            // One plan per clause that opens with a plan verb; other clauses continue the one before.
            List<int[]> pieces = new ArrayList<>();
            int pieceStart = 0;
            for (int i = 0; i < whole.length(); i++) {
                if (whole.charAt(i) == '，' && i > pieceStart && PLAN_VERB.matcher(whole.substring(i + 1)).find()) {
                    pieces.add(new int[] {pieceStart, i});
                    pieceStart = i + 1;
                }
            }
            pieces.add(new int[] {pieceStart, whole.length()});
            for (int[] p : pieces) {
                String what = whole.substring(p[0], p[1]).replaceFirst("^并", "").strip();
                if (what.length() < 3) {
                    continue;
                }
                int at = start + p[0] + whole.substring(p[0], p[1]).indexOf(what);
                Map<String, String> a = new LinkedHashMap<>();
                int clauseStart = Math.max(text.lastIndexOf('，', m.start()), text.lastIndexOf('。', m.start())) + 1;
                Periods.Period period = Periods.chinese(text, start + p[0], start + p[1], r.document.published());
                if (period == null) {
                    period = Periods.chinese(text, clauseStart, m.start(), r.document.published());
                }
                if (period == null) {
                    period = Periods.chinese(text, 0, start + p[1], r.document.published());
                }
                if (period != null) {
                    a.put("period", period.value());
                }
                if (s.speaker != null) {
                    a.put("said_by", s.speaker);
                }
                r.add(FactType.COMMITMENT, who == null ? "" : who, status, what, a, new Span(s.start + at, s.start + at + what.length()), s);
            }
            return;
        }
    }

    static void events(Reading r, Sentence s, String text) {
        Matcher m = EVENT.matcher(text);
        if (m.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            String day = Periods.chineseDay(text, 0, m.start() + 1, r.document.published());
            Periods.Period p = Periods.chinese(text, 0, m.start() + 1, r.document.published());
            if (day != null || p != null) {
                a.put("date", day != null ? day : p.value());
            }
            if (s.speaker != null) {
                a.put("by", s.speaker);
            }
            r.add(FactType.EVENT, m.group(2), "presented", m.group(1), a, new Span(s.start + m.start(), s.start + m.end()), s);
        }
        Matcher f = FOUNDED.matcher(text);
        if (f.find()) {
            String subject = null;
            for (Chunk c : s.chunks) {
                if (c.end() <= s.start + f.start() && !"fund".equals(c.orgType())) {
                    subject = c.name();
                }
            }
            if (subject == null && text.substring(0, f.start()).matches("(?s).*(该公司|公司|该企业|其)\\s*$")) {
                subject = r.companyBefore(s.start);
            }
            if (subject != null) {
                Map<String, String> a = new LinkedHashMap<>();
                if (f.group(1) != null) {
                    a.put("when", "earlier");
                }
                r.add(FactType.RELATION, subject, "founded", f.group(3), a, new Span(s.start + f.start(), s.start + f.end()), s);
            }
        }
        for (int ci = 0; ci < s.chunks.size(); ci++) {
            Chunk c = s.chunks.get(ci);
            int at = c.start() - s.start;
            if (at == 0 || text.charAt(at - 1) != '由') {
                continue;
            }
            Matcher v = BY_VERB.matcher(text).region(c.end() - s.start, text.length());
            if (!v.lookingAt()) {
                continue;
            }
            String other = null;
            for (Chunk prev : s.chunks) {
                if (prev.end() <= c.start() && prev != c) {
                    other = prev.name();
                }
            }
            if (other == null) {
                other = r.organisationBefore(s.start);
            }
            if (other != null) {
                String verb = v.group(1);
                String predicate = verb.contains("运营") ? "operates" : verb.contains("管理") ? "manages"
                        : verb.contains("投") ? "invested in" : verb.contains("设立") ? "founded" : "develops";
                r.add(FactType.RELATION, c.name(), predicate, other, Map.of(), new Span(c.start() - 1, s.start + v.end()), s);
            }
        }
    }
}
