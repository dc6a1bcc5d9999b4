package org.xiandao.core.document.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
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
 * People, their 职务 and 单位, and organisation names in Chinese text: HanLP's tags, the store's names, legal-form
 * suffixes, and the roles written before a name ("全国人大代表、泰米机器人董事长潘静").
 */
final class ChineseNames {

    private ChineseNames() {}

    private static final List<String> ROLES = List.of("党委书记", "副书记", "书记", "常务副市长", "副市长", "市长", "副区长",
            "区长", "副省长", "省长", "全国人大代表", "市人大代表", "人大代表", "全国政协委员", "政协委员", "代表", "委员", "董事长",
            "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官", "首席科学家", "首席技术官", "首席财务官", "联合创始人",
            "创始人", "主任", "副主任", "院长", "副院长", "所长", "副所长", "局长", "副局长", "厅长", "部长", "主席", "副主席", "秘书长",
            "行长", "董事", "总监", "合伙人", "管理合伙人", "教授", "研究员", "首席经济学家", "经济学家", "分析师", "负责人", "处长",
            "总工程师", "校长", "CEO", "执行董事", "主任医师");

    static final Pattern SPEECH = Pattern.compile("^\\s*(?:近日|日前|也|还|则|曾|在接受[^，。]{0,12}采访时)?\\s*(表示|说|称|指出|介绍|透露|认为|告诉|坦言|强调|提到|解释|建议|预计|提出|谈到)");

    private static final Pattern ROLE_NAME = Pattern.compile("(" + String.join("|", ROLES) + ")([\\p{IsHan}]{2,3}?)(?=(?:近日|日前|也|还|则)?(?:表示|说|称|指出|介绍|透露|认为|告诉|坦言|强调|提到|在))");

    private static final Pattern ORG = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9（）()]{2,30}?(?:股份有限公司|有限公司|集团|研究院|研究所|研究中心|发展中心|中心|大学|学院|医院|产业园|科学城|高新区|开发区|园区|新片区|自贸区|保税区|基金|委员会|人民代表大会|人民政府|政府|管委会|银行|证券|实验室|日报|电视台))");

    private static final Pattern LEGAL_TAIL = Pattern.compile("[）)]?(?:股份)?有限(?:责任)?公司");

    /** Common single-character surnames; HanLP's person tags on other characters are mostly segmentation slips. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    /** Verbs, figures and bare generic nouns are not names: "计划投资4亿元扩建研发中心", "子基金", "生产基地". */
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(\\d|设立|建设|投资4|扩建|计划|新建|上作|推动|引进|新增|启动|用于|加快|面向|出资|参与|获得).*");

    private static final Set<String> GENERIC = Set.of("子基金", "母基金", "并购基金", "研发中心", "生产基地", "产业基金", "引导基金",
            "公司", "集团", "政府", "委员会", "中心", "基金", "园区", "实验室", "银行", "大学", "医院");

    static void organisations(Reading r, Sentence s, String text, List<Term> terms) {
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

    static boolean plausibleName(String name) {
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

    static List<int[]> persons(String text, List<Term> terms) {
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
    static void roles(Reading r, Sentence s, String text, int[] p, Reading.Person person) {
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

    static String knownOrg(Reading r, String text) {
        for (Reading.Org o : r.organisations.values()) {
            if (text.endsWith(o.name)) {
                return o.name;
            }
        }
        return text;
    }
}
