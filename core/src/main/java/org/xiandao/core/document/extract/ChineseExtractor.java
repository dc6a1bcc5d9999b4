package org.xiandao.core.document.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.Span;

/**
 * Reads a Chinese document: HanLP segments and tags people (nr), places (ns) and ChineseNames.organisations (nt, plus the
 * store's names); the project's rules read 职务 and 单位 before a name ("全国人大代表、泰米机器人董事长潘静"),
 * speakers, figures in %, 亿元 and 万元 with 去年/今年/明年 periods, commitments, events and relations.
 */
final class ChineseExtractor {

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
            ChineseNames.organisations(r, s, text, terms);
            List<int[]> persons = ChineseNames.persons(text, terms);
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
                ChineseNames.roles(r, s, text, p, person);
                if (ChineseNames.SPEECH.matcher(text.substring(p[1])).find() && s.speaker == null) {
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
            ChineseQuantities.quantities(r, s, text);
            ChineseStatements.commitments(r, s, text);
            ChineseStatements.events(r, s, text);
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
}
