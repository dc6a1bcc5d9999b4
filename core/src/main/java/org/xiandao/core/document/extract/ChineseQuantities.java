package org.xiandao.core.document.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * Figures in Chinese text: %, 亿元, 万元, 万平方米 and counts, with metric, subject, 去年/今年/明年 periods and kind
 * (预计, 力争, 目标, 预测).
 */
final class ChineseQuantities {

    private ChineseQuantities() {}

    private static final Pattern NUMBER = Pattern.compile(
            "(约|近|超过|超|逾|达到|达|约为|不到|至少|不低于|不少于|高达|突破)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|％|个百分点|万亿元|亿元|万元|亿美元|万美元|元|万平方米|平方米|亿|万|家|个|项|名|人|只|支)");

    private static final String[][] METRICS = {
        {"(研发|R&D)(经费|投入|支出)[^，。；]{0,20}?(GDP|生产总值)", "R&D expenditure / GDP"},
        {"(研发|R&D)(经费|投入|支出)", "R&D expenditure"},
        {"(GDP|地区生产总值|生产总值)", "GDP"},
        {"(营收|营业收入|销售收入|收入|销售额)", "revenue"},
        {"(净利润|利润)", "profit"},
        {"(融资|领投)", "financing"},
        {"(出资)", "investment"},
        {"(基金)", "fund size"},
        {"(产值|产业规模|规模)", "output"},
        {"(投资|投入)", "investment"},
        {"(算力券|补贴券|消费券)", "support"},
        {"(出口)", "exports"},
        {"(估值)", "valuation"},
        {"(补贴|资助|支持|奖励)", "support"},
        {"(占比|比重|份额)", "share"},
    };

    private static final Set<String> COUNT_UNITS = Set.of("家", "个", "项", "名", "人", "只", "支");

    static String metricIn(String text) {
        for (String[] mm : METRICS) {
            if (Pattern.compile(mm[0]).matcher(text).find()) {
                return mm[1];
            }
        }
        return null;
    }

    static void quantities(Reading r, Sentence s, String text) {
        Matcher m = NUMBER.matcher(text);
        int previousEnd = 0;
        String lastMetric = null;
        String previousSubject = null;
        while (m.find()) {
            if (m.group(3).equals("年")) {
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            String unit = m.group(3).replace('％', '%');
            int nextStart = text.length();
            Matcher n = NUMBER.matcher(text);
            if (n.find(m.end())) {
                nextStart = n.start();
            }
            String left = text.substring(previousEnd, m.start());
            String right = text.substring(m.end(), nextStart);
            int clause = right.indexOf('，');
            String rightClause = clause >= 0 ? right.substring(0, clause) : right;
            if (unit.equals("%") || unit.equals("个百分点")) {
                a.put("unit", unit.equals("%") ? "%" : "percentage points");
            } else if (unit.endsWith("元")) {
                a.put("unit", unit.contains("美元") ? "USD" : "yuan");
                a.put("currency", unit.contains("美元") ? "USD" : "CNY");
                String scale = unit.startsWith("万亿") ? "万亿" : unit.startsWith("亿") ? "亿" : unit.startsWith("万") ? "万" : null;
                if (scale != null) {
                    a.put("scale", scale);
                }
                a.put("value_base", new java.math.BigDecimal(m.group(2)).multiply(new java.math.BigDecimal(
                        scale == null ? "1" : scale.equals("万亿") ? "1000000000000" : scale.equals("亿") ? "100000000" : "10000"))
                        .stripTrailingZeros().toPlainString());
            } else if (unit.endsWith("平方米")) {
                a.put("unit", "m²");
                a.put("value_base", new java.math.BigDecimal(m.group(2)).multiply(java.math.BigDecimal.valueOf(unit.startsWith("万") ? 10_000 : 1))
                        .stripTrailingZeros().toPlainString());
            } else {
                a.put("unit", unit);
            }
            if (m.group(1) != null) {
                String q = m.group(1);
                a.put("qualifier", q.startsWith("约") ? "about" : q.equals("近") ? "nearly" : q.equals("不到") ? "less than"
                        : q.startsWith("至少") || q.startsWith("不低于") || q.startsWith("不少于") ? "at least"
                        : q.equals("达") || q.equals("达到") ? "reached" : "more than");
                if (a.get("qualifier").equals("reached")) {
                    a.remove("qualifier");
                }
            }
            String metric = null;
            String context = left + "_" + rightClause;
            for (String[] mm : METRICS) {
                if (Pattern.compile(mm[0]).matcher(context).find()) {
                    metric = mm[1];
                    break;
                }
            }
            int share = left.lastIndexOf('占');
            if (unit.equals("%") && share >= 0 && metric != null && !metric.contains("/")) {
                String of = metricIn(left.substring(share));
                String own = metricIn(left.substring(0, share));
                String base = own != null ? own : lastMetric != null && !lastMetric.equals(of) ? lastMetric.replace(" growth", "") : "share";
                metric = of == null ? base : base + " / " + of;
            } else if (unit.equals("%") && (metric == null || !metric.contains("/")) && left.matches("(?s).*(比例|比重|占比|份额)[^，。]{0,6}$")) {
                metric = "share";
            }
            if (a.get("unit").equals("m²")) {
                metric = "floor area";
            } else if (COUNT_UNITS.contains(unit)) {
                metric = "count";
            }
            if (metric == null && left.matches("(?s).*(这一|该)(比例|数字|比重|指标).*") && lastMetric != null) {
                metric = lastMetric;
            }
            if (metric == null) {
                metric = unit.equals("%") ? "share" : a.containsKey("currency") ? "amount" : "count";
            }
            if (unit.equals("%") && left.matches("(?s).*(增长|增速|提高|上升|下降)\\s*$") && !metric.contains("/")) {
                metric = metric.equals("share") ? "growth" : metric + " growth";
            }
            // The clause the figure stands in first ("…，并力争到2027年营业收入突破30亿元" is 2027, not an earlier 明年).
            int clauseFrom = Math.max(previousEnd, text.lastIndexOf('，', m.start()) + 1);
            Periods.Period period = Periods.chinese(text, clauseFrom, m.start(), r.document.published());
            if (period == null) {
                period = Periods.chinese(text, previousEnd, m.start(), r.document.published());
            }
            if (period == null) {
                period = Periods.chinese(text, m.end(), Math.min(text.length(), m.end() + rightClause.length()), r.document.published());
            }
            if (period == null) {
                period = Periods.chinese(text, 0, m.start(), r.document.published());
            }
            if (period != null) {
                a.put("period", period.value());
            }
            String kindText = left.length() > 20 ? left.substring(left.length() - 20) : left;
            String kind = kindText.matches("(?s).*(预测|预估|估计).*") ? "forecast"
                    : kindText.matches("(?s).*(预计|有望|将达|将超过).*") ? "expected"
                    : kindText.matches("(?s).*(目标|力争|争取|计划|要达到|确保).*") || period != null && period.deadline() ? "target"
                    : kindText.contains("将") ? "expected" : "actual";
            a.put("kind", kind);
            if (s.speaker != null) {
                a.put("said_by", s.speaker);
            }
            // Whose figure: an organisation named in its own clause; else "公司" (the speaker's company); else the
            // subject of the figure before; else an organisation named earlier in the sentence.
            String subject = null;
            String earlier = null;
            int clauseStart = s.start + text.lastIndexOf('，', m.start()) + 1;
            for (Chunk c : s.chunks) {
                if (c.end() <= s.start + m.start() && !"media".equals(c.orgType())) {
                    earlier = c.name();
                    if (c.start() >= clauseStart) {
                        subject = c.name();
                    }
                }
            }
            if (subject == null && text.substring(0, m.start()).matches("(?s).*(公司|该企业|企业今年|企业去年).*")) {
                String speakers = r.organisationOf(s.speaker);
                subject = speakers != null ? speakers : r.companyBefore(s.start + m.start());
            }
            if (subject == null && previousSubject != null) {
                subject = previousSubject; // "营业收入为1.2亿元，研发投入达到3.6亿元": the same company
            }
            if (subject == null) {
                subject = earlier;
            }
            if (subject == null || metric.startsWith("GDP") || metric.endsWith("/ GDP")) {
                subject = mainPlace(r, text.substring(0, m.start()));
            }
            r.add(FactType.QUANTITY, subject == null ? "" : subject, metric, m.group(2), a,
                    new Span(s.start + m.start(), s.start + m.end()), s);
            previousSubject = subject;
            lastMetric = metric;
            previousEnd = m.end();
        }
    }

    static String mainPlace(Reading r, String before) {
        if (before.matches("(?s).*(全市|本市|该市).*")) {
            for (String p : r.placeCounts.keySet()) {
                if (p.equals("上海") || p.equals("北京") || p.endsWith("市")) {
                    return p;
                }
            }
        }
        String place = null;
        int at = -1;
        for (String p : r.placeCounts.keySet()) {
            int k = before.lastIndexOf(p);
            if (k > at) {
                at = k;
                place = p;
            }
        }
        return place != null ? place : r.mainPlace();
    }
}
