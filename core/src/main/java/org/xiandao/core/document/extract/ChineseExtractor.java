package org.xiandao.core.document.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * Reads a Chinese document: HanLP segments and tags people (nr), places (ns) and organisations (nt, plus the
 * store's names); the project's rules read 职务 and 单位 before a name ("全国人大代表、泰米机器人董事长潘静"),
 * speakers, figures in %, 亿元 and 万元 with 去年/今年/明年 periods, commitments, events and relations.
 */
final class ChineseExtractor {

    private static final List<String> ROLES = List.of("党委书记", "副书记", "书记", "常务副市长", "副市长", "市长", "副区长",
            "区长", "副省长", "省长", "全国人大代表", "市人大代表", "人大代表", "全国政协委员", "政协委员", "代表", "委员", "董事长",
            "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官", "首席科学家", "首席技术官", "首席财务官", "联合创始人",
            "创始人", "主任", "副主任", "院长", "副院长", "所长", "副所长", "局长", "副局长", "厅长", "部长", "主席", "副主席", "秘书长",
            "行长", "董事", "总监", "合伙人", "管理合伙人", "教授", "研究员", "首席经济学家", "经济学家", "分析师", "负责人", "处长",
            "总工程师", "校长", "CEO", "执行董事", "主任医师");
    private static final Pattern SPEECH = Pattern.compile("^\\s*(?:近日|日前|也|还|则|曾|在接受[^，。]{0,12}采访时)?\\s*(表示|说|称|指出|介绍|透露|认为|告诉|坦言|强调|提到|解释|建议|预计|提出|谈到)");
    private static final Pattern ROLE_NAME = Pattern.compile("(" + String.join("|", ROLES) + ")([\\p{IsHan}]{2,3}?)(?=(?:近日|日前|也|还|则)?(?:表示|说|称|指出|介绍|透露|认为|告诉|坦言|强调|提到|在))");
    private static final Pattern ORG = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9（）()]{2,30}?(?:股份有限公司|有限公司|集团|研究院|研究所|研究中心|发展中心|中心|大学|学院|医院|产业园|科学城|高新区|开发区|园区|新片区|自贸区|保税区|基金|委员会|人民代表大会|人民政府|政府|管委会|银行|证券|实验室|日报|电视台))");
    private static final Pattern LEGAL_TAIL = Pattern.compile("[）)]?(?:股份)?有限(?:责任)?公司");
    private static final Pattern NUMBER = Pattern.compile(
            "(约|近|超过|超|逾|达到|达|约为|不到|至少|不低于|不少于|高达|突破)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|％|个百分点|万亿元|亿元|万元|亿美元|万美元|元|万平方米|平方米|亿|万|家|个|项|名|人|只|支)");
    private static final Pattern MARKER = Pattern.compile("(将|计划|拟|提出|力争|准备|打算|承诺|宣布将|要)");
    private static final Pattern EVENT = Pattern.compile("在([^，。；]{2,30}?(?:会议|大会|论坛|峰会|开幕式|发布会))上(?:作|发布|提交|宣布|提出|所作)?的?([^，。；]{0,12}?(?:报告|规划|方案|政策|措施|计划))");
    private static final Pattern FOUNDED = Pattern.compile("(此前|曾|已|已经|早前)?(?:发起)?(设立|成立|组建|发起设立)了?([^，。；]{0,12}?基金)");
    private static final Pattern BY_VERB = Pattern.compile("(?:负责|牵头|统一)?(开发运营|开发建设|运营|担任管理人|管理|领投|投资|发起设立|设立|开发|建设)");
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

    /** Common single-character surnames; HanLP's person tags on other characters are mostly segmentation slips. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private final IndustryMentions industries;
    private final ChineseLexicon lexicon;
    private final Segment segment;

    ChineseExtractor(IndustryMentions industries, ChineseLexicon lexicon) {
        this.industries = industries;
        this.lexicon = lexicon;
        this.segment = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                .enablePlaceRecognize(true).enableOffset(true);
    }

    void extract(Reading r) {
        lexicon.apply();
        split(r);
        String lastPerson = null;
        Sentence previous = null;
        for (Sentence s : r.sentences) {
            String text = r.text.substring(s.start, s.end);
            List<Term> terms = segment.seg(text);
            for (Term t : terms) {
                if (t.nature.startsWith("ns") && t.word.length() >= 2 && (t.word.matches(".*[市区省县镇]$") || PLACES.contains(t.word))) {
                    r.placeCounts.merge(t.word, 1, Integer::sum);
                }
            }
            organisations(r, s, text, terms);
            List<int[]> persons = persons(text, terms);
            for (String known : r.people.keySet()) {
                for (int k = text.indexOf(known); k >= 0; k = text.indexOf(known, k + 1)) {
                    int a = k;
                    int b = k + known.length();
                    if (persons.stream().noneMatch(p -> p[0] < b && a < p[1])) {
                        persons.add(new int[] {a, b});
                    }
                }
            }
            persons.sort((x, y) -> Integer.compare(x[0], y[0]));
            for (int[] p : persons) {
                String name = text.substring(p[0], p[1]);
                Reading.Person person = r.person(name);
                person.lastMention = s.start + p[0];
                lastPerson = name;
                roles(r, s, text, p, person);
                if (SPEECH.matcher(text.substring(p[1])).find() && s.speaker == null) {
                    s.speaker = name;
                }
            }
            if (s.speaker == null && lastPerson != null && text.matches("(?s).*[他她]\\s*(?:还|也|则)?(表示|说|称|指出|介绍|透露|认为|强调|提到).*")) {
                s.speaker = lastPerson;
            }
            if (s.speaker == null && previous != null && previous.speaker != null && r.text.substring(previous.end, s.start).indexOf('\n') < 0) {
                s.speaker = previous.speaker; // reported speech runs on within a paragraph
            }
            previous = s;
        }
        for (Sentence s : r.sentences) {
            String text = r.text.substring(s.start, s.end);
            quantities(r, s, text);
            commitments(r, s, text);
            events(r, s, text);
        }
        for (Reading.Org o : r.organisations.values()) {
            r.facts.add(new org.xiandao.core.document.Fact(FactType.ORGANISATION, o.name, "is", o.type, o.said, o.first, o.sentence));
        }
        Set<String> seen = new HashSet<>();
        for (IndustryMentions.Mention m : industries.find(r.text)) {
            if (seen.add(m.code())) {
                r.add(FactType.INDUSTRY, m.code(), "mentioned", m.name(), Map.of(), new Span(m.start(), m.end()),
                        EnglishExtractor.sentenceAt(r, m.start()));
            }
        }
    }

    private static final Set<String> PLACES = Set.of("上海", "北京", "深圳", "杭州", "苏州", "南京", "广州", "合肥", "浦东", "张江", "临港",
            "闵行", "徐汇", "松江", "嘉定", "宝山", "长宁", "静安", "普陀", "虹口", "杨浦", "黄浦", "青浦", "奉贤", "金山", "崇明", "长三角", "中国", "全国");
    private static final Set<String> COUNT_UNITS = Set.of("家", "个", "项", "名", "人", "只", "支");

    private static String metricIn(String text) {
        for (String[] mm : METRICS) {
            if (Pattern.compile(mm[0]).matcher(text).find()) {
                return mm[1];
            }
        }
        return null;
    }

    private static void split(Reading r) {
        String t = r.text;
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '；' || i == t.length() - 1) {
                int to = c == '\n' ? i : i + 1;
                while (from < to && Character.isWhitespace(t.charAt(from))) {
                    from++;
                }
                if (to > from) {
                    r.sentences.add(new Sentence(r.sentences.size(), from, to, List.of()));
                }
                from = i + 1;
            }
        }
    }

    private static void organisations(Reading r, Sentence s, String text, List<Term> terms) {
        List<int[]> found = new ArrayList<>();
        for (Term t : terms) {
            if (t.nature.startsWith("nt") && t.word.length() >= 2 && !t.word.endsWith("企业")) {
                found.add(new int[] {t.offset, t.offset + t.word.length()});
            }
        }
        Matcher m = ORG.matcher(text);
        while (m.find()) {
            int a = m.start(1);
            // Start the name after any role or verb the pattern swallowed ("表示上海某某公司" → "上海某某公司").
            for (int i = m.end(1) - 1; i > a; i--) {
                String head = text.substring(a, i);
                for (String cut : new String[] {"表示", "认为", "指出", "介绍", "董事长", "总经理", "主任", "代表", "、", "的", "在", "由", "是", "为", "将", "对", "向", "去年", "今年", "明年", "据悉", "目前", "此外", "同时", "其中", "获得", "已向", "宣布"}) {
                    int k = head.lastIndexOf(cut);
                    if (k >= 0 && a + k + cut.length() > a) {
                        a = Math.max(a, m.start(1) + k + cut.length());
                    }
                }
                break;
            }
            int end = m.end(1);
            Matcher tail = LEGAL_TAIL.matcher(text).region(end, text.length());
            if (tail.lookingAt()) {
                end = tail.end(); // "上海临港经济发展（集团）有限公司" is one name
            }
            if (end - a >= 3) {
                found.add(new int[] {a, end});
            }
        }
        found.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        int coveredTo = -1;
        for (int[] f : found) {
            if (f[0] < coveredTo) {
                continue;
            }
            String name = text.substring(f[0], f[1]);
            if (!plausibleName(name)) {
                continue;
            }
            coveredTo = f[1];
            Chunk c = new Chunk(name, Chunk.Kind.ORGANISATION, type(name), 0, 0, s.start + f[0], s.start + f[1]);
            s.chunks.add(c);
            r.organisation(c, s);
        }
    }

    /** Verbs, figures and bare generic nouns are not names: "计划投资4亿元扩建研发中心", "子基金", "生产基地". */
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(\\d|设立|建设|投资4|扩建|计划|新建|上作|推动|引进|新增|启动|用于|加快|面向|出资|参与|获得).*");
    private static final Set<String> GENERIC = Set.of("子基金", "母基金", "并购基金", "研发中心", "生产基地", "产业基金", "引导基金",
            "公司", "集团", "政府", "委员会", "中心", "基金", "园区", "实验室", "银行", "大学", "医院");

    private static boolean plausibleName(String name) {
        return name.length() >= 3 && !GENERIC.contains(name) && !NOT_A_NAME.matcher(name).matches() && !name.endsWith("平台")
                && !name.endsWith("基地");
    }

    static String type(String name) {
        if (name.matches(".*(日报|电视台|新闻|第一财经|新华社|财新|澎湃)$")) {
            return "media";
        }
        if (name.matches(".*(基金)$")) {
            return "fund";
        }
        if (name.matches(".*(园区|科学城|高新区|开发区|产业园|示范区|自贸区|新片区|保税区)$")) {
            return "park";
        }
        if (name.matches(".*(政府|委员会|人民代表大会|人大|政协|管委会|局|厅|部|办公室)$")) {
            return "government";
        }
        if (name.matches(".*(研究院|研究所|大学|学院|医院|实验室|中心)$")) {
            return "research";
        }
        return "company";
    }

    private static List<int[]> persons(String text, List<Term> terms) {
        List<int[]> out = new ArrayList<>();
        // A person's name never sits inside an organisation's name.
        for (Term t : terms) {
            if (t.nature.startsWith("nr") && t.word.length() >= 2 && t.word.length() <= 4 && SURNAMES.indexOf(t.word.charAt(0)) >= 0) {
                out.add(new int[] {t.offset, t.offset + t.word.length()});
            }
        }
        Matcher m = ROLE_NAME.matcher(text);
        while (m.find()) {
            int a = m.start(2);
            int b = m.end(2);
            if (SURNAMES.indexOf(text.charAt(a)) >= 0 && out.stream().noneMatch(p -> p[0] < b && a < p[1])) {
                out.add(new int[] {a, b});
            }
        }
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }

    /** "全国人大代表、泰米机器人董事长潘静": roles and their organisations in the words before a name. */
    private static void roles(Reading r, Sentence s, String text, int[] p, Reading.Person person) {
        int from = p[0];
        while (from > 0 && "，。；：“”！？,:(（）)".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String prefix = text.substring(from, p[0]);
        for (String cut : new String[] {"表示", "指出", "介绍", "认为", "据", "对此"}) {
            int k = prefix.lastIndexOf(cut);
            if (k >= 0) {
                prefix = prefix.substring(k + cut.length());
                from = p[0] - prefix.length();
            }
        }
        if (prefix.isEmpty()) {
            return;
        }
        boolean any = false;
        String sharedOrg = null;
        for (String piece : prefix.split("、")) {
            String role = null;
            for (String candidate : ROLES) {
                if (piece.endsWith(candidate) && (role == null || candidate.length() > role.length())) {
                    role = candidate;
                }
            }
            if (role == null) {
                continue;
            }
            String org = piece.substring(0, piece.length() - role.length()).replaceAll("的$", "").strip();
            Map<String, String> a = new LinkedHashMap<>();
            if (!org.isEmpty()) {
                a.put("organisation", knownOrg(r, org));
                sharedOrg = a.get("organisation");
            } else if (sharedOrg != null && !role.contains("代表") && !role.contains("委员")) {
                a.put("organisation", sharedOrg); // "澜泽生物创始人、首席执行官孟嘉禾": both roles at 澜泽生物
            }
            r.add(FactType.PERSON, person.name, "role", role, a, new Span(s.start + from, s.start + p[1]), s);
            person.roles.add(new String[] {role, a.get("organisation")});
            any = true;
        }
        if (!any) {
            r.add(FactType.PERSON, person.name, "mentioned", null, Map.of(), new Span(s.start + p[0], s.start + p[1]), s);
        }
    }

    private static String knownOrg(Reading r, String text) {
        for (Reading.Org o : r.organisations.values()) {
            if (text.endsWith(o.name)) {
                return o.name;
            }
        }
        return text;
    }

    private static void quantities(Reading r, Sentence s, String text) {
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
            Periods.Period period = Periods.chinese(text, previousEnd, m.start(), r.document.published());
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
            String subject = null;
            for (Chunk c : s.chunks) {
                if (c.end() <= s.start + m.start() && !"media".equals(c.orgType())) {
                    subject = c.name();
                }
            }
            String leadIn = text.substring(Math.max(text.lastIndexOf('，', m.start()), 0), m.start());
            if (subject == null && leadIn.matches("(?s).*(公司|该企业|企业今年|企业去年).*")) {
                String speakers = r.organisationOf(s.speaker);
                subject = speakers != null ? speakers : r.companyBefore(s.start + m.start());
            }
            if (subject == null && previousSubject != null) {
                subject = previousSubject; // "营业收入为1.2亿元，研发投入达到3.6亿元": the same company
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

    private static String mainPlace(Reading r, String before) {
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

    /** Verbs that open one plan among several ("加快建设…，新增…，并推动…"). */
    private static final Pattern PLAN_VERB = Pattern.compile("^(并|还将|同时)?(加快|推动|推进|设立|建设|新建|建成|打造|培育|引进|支持|实施|发布|启动|扩大|提升|加大|成立|布局|吸引|完善|新增|探索|重点投资|投资|扩建|开展|举办|组建|出台|设立|力争|争取|继续|聚焦|招引|引育|完成|实现)");

    private static void commitments(Reading r, Sentence s, String text) {
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
                who = mainPlace(r, before);
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

    private static void events(Reading r, Sentence s, String text) {
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
                subject = r.lastOrganisation;
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
