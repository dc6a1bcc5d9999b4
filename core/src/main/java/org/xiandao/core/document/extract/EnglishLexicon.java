package org.xiandao.core.document.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the English extractor reasons with. They are general newsroom vocabulary, not phrases of any
 * one article: role titles, organisation heads, speech verbs, places, romanised Chinese surnames.
 */
final class EnglishLexicon {

    private EnglishLexicon() {}

    /** Heads of role phrases ("congress deputy", "general manager", "chief executive officer"). */
    static final Set<String> ROLE_HEADS = set(
            "mayor", "governor", "deputy", "chairman", "chairwoman", "chair", "chairperson", "president", "ceo", "cfo",
            "cto", "coo", "officer", "executive", "founder", "co-founder", "cofounder", "director", "manager",
            "secretary", "head", "professor", "researcher", "analyst", "economist", "partner", "spokesperson",
            "spokesman", "spokeswoman", "official", "minister", "dean", "scientist", "engineer", "investor",
            "member", "leader", "lawmaker", "legislator", "delegate", "representative", "principal", "consultant",
            "strategist", "adviser", "advisor", "fellow", "commissioner", "administrator", "premier", "owner",
            "vice-president", "vice-chairman", "vp", "chief", "boss", "lead", "supervisor", "expert", "doctor",
            "physician", "academician", "entrepreneur", "architect", "editor", "correspondent", "reporter");

    /** Titles that may stand before a name ("Mayor Gong Zheng", "Dr Li Ming"). */
    static final Set<String> NAME_TITLES = set("mayor", "governor", "president", "chairman", "chairwoman",
            "premier", "minister", "professor", "prof", "dr", "mr", "mrs", "ms", "ceo", "director", "secretary",
            "vice", "deputy", "academician", "founder", "chief", "executive", "general", "manager", "analyst",
            "economist", "partner", "spokesperson", "spokesman", "spokeswoman");

    /** Last words that make a name an organisation, with the organisation type they imply. */
    static final Map<String, String> ORG_HEADS = Map.ofEntries(
            Map.entry("park", "park"), Map.entry("zone", "park"), Map.entry("city", "park"), Map.entry("area", "park"),
            Map.entry("valley", "park"), Map.entry("campus", "park"), Map.entry("hub", "park"),
            Map.entry("fund", "fund"), Map.entry("funds", "fund"), Map.entry("partners", "fund"),
            Map.entry("advisory", "company"), Map.entry("research", "company"), Map.entry("sensing", "company"), Map.entry("capital", "fund"), Map.entry("ventures", "fund"),
            Map.entry("investment", "fund"), Map.entry("investments", "fund"),
            Map.entry("government", "government"), Map.entry("congress", "government"), Map.entry("commission", "government"),
            Map.entry("bureau", "government"), Map.entry("ministry", "government"), Map.entry("council", "government"),
            Map.entry("committee", "government"), Map.entry("administration", "government"), Map.entry("department", "government"),
            Map.entry("office", "government"), Map.entry("conference", "government"), Map.entry("assembly", "government"),
            Map.entry("institute", "research"), Map.entry("university", "research"), Map.entry("academy", "research"),
            Map.entry("laboratory", "research"), Map.entry("lab", "research"), Map.entry("labs", "research"), Map.entry("center", "research"),
            Map.entry("centre", "research"), Map.entry("hospital", "research"), Map.entry("school", "research"), Map.entry("college", "research"),
            Map.entry("news", "media"), Map.entry("daily", "media"), Map.entry("times", "media"), Map.entry("post", "media"),
            Map.entry("journal", "media"), Map.entry("television", "media"), Map.entry("tv", "media"), Map.entry("agency", "media"),
            Map.entry("press", "media"), Map.entry("herald", "media"),
            Map.entry("technology", "company"), Map.entry("technologies", "company"), Map.entry("tech", "company"),
            Map.entry("co", "company"), Map.entry("ltd", "company"), Map.entry("limited", "company"), Map.entry("inc", "company"),
            Map.entry("corp", "company"), Map.entry("corporation", "company"), Map.entry("company", "company"), Map.entry("group", "company"),
            Map.entry("holdings", "company"), Map.entry("development", "company"), Map.entry("pharmaceutical", "company"),
            Map.entry("pharmaceuticals", "company"), Map.entry("pharma", "company"), Map.entry("biotech", "company"),
            Map.entry("biotechnology", "company"), Map.entry("therapeutics", "company"), Map.entry("biosciences", "company"),
            Map.entry("bioscience", "company"), Map.entry("semiconductor", "company"), Map.entry("semiconductors", "company"),
            Map.entry("microelectronics", "company"), Map.entry("electronics", "company"), Map.entry("robotics", "company"),
            Map.entry("systems", "company"), Map.entry("software", "company"), Map.entry("medical", "company"),
            Map.entry("intelligence", "company"), Map.entry("motors", "company"), Map.entry("energy", "company"),
            Map.entry("bank", "company"), Map.entry("securities", "company"), Map.entry("materials", "company"),
            Map.entry("instruments", "company"), Map.entry("devices", "company"), Map.entry("labs.", "research"),
            Map.entry("ai", "company"), Map.entry("chips", "company"), Map.entry("industries", "company"),
            Map.entry("biologics", "company"), Map.entry("diagnostics", "company"), Map.entry("networks", "company"),
            Map.entry("solutions", "company"), Map.entry("manufacturing", "company"), Map.entry("equipment", "company"));

    /** Names that are media outlets whatever their last word is. */
    static final Set<String> MEDIA = set("yicai", "yicai global", "xinhua", "reuters", "bloomberg", "caixin",
            "china daily", "global times", "the paper", "thepaper", "sixth tone", "cgtn", "cctv", "shine", "jiemian",
            "36kr", "caijing", "21st century business herald", "financial times", "south china morning post", "scmp");

    static final Set<String> SPEECH_VERBS = set("said", "says", "told", "noted", "notes", "added", "adds",
            "stated", "explained", "explains", "pointed", "stressed", "emphasized", "emphasised", "announced",
            "wrote", "argued", "argues", "believes", "believed", "warned", "warns", "remarked", "commented",
            "observed", "estimated", "predicted", "expects", "expected", "revealed", "disclosed", "confirmed",
            "insisted", "acknowledged", "admitted", "urged", "suggested", "continued", "concluded", "recalled");

    /** Places that can be the subject of an indicator. */
    static final Set<String> PLACES = set("shanghai", "beijing", "china", "shenzhen", "guangzhou", "hangzhou",
            "suzhou", "nanjing", "wuhan", "chengdu", "hefei", "tianjin", "chongqing", "xi'an", "hong kong", "macao",
            "taiwan", "jiangsu", "zhejiang", "anhui", "guangdong", "pudong", "minhang", "xuhui", "jiading", "songjiang",
            "baoshan", "putuo", "changning", "jing'an", "huangpu", "hongkou", "yangpu", "qingpu", "fengxian", "jinshan",
            "chongming", "lingang", "yangtze river delta", "greater bay area", "the united states", "united states",
            "us", "u.s", "japan", "korea", "south korea", "germany", "europe", "asia", "singapore", "india",
            "france", "britain", "the uk", "uk");

    /** Nouns that refer back to the document's main place ("the megacity", "the municipality"). */
    static final Set<String> PLACE_ANAPHORS = set("city", "megacity", "municipality", "metropolis", "country",
            "province", "region", "district", "nation");

    /** Nouns that refer back to the most recent company ("the firm", "the company"). */
    static final Set<String> ORG_ANAPHORS = set("firm", "company", "group", "startup", "start-up", "enterprise",
            "maker", "developer", "manufacturer", "operator", "platform", "fund", "park", "institute", "lab");

    /** Words heading a description that sits before an organisation's name ("medical robot maker"). */
    static final Set<String> DESCRIPTION_HEADS = set("maker", "producer", "developer", "manufacturer", "company",
            "firm", "startup", "start-up", "operator", "provider", "supplier", "platform", "giant", "leader",
            "designer", "foundry", "unit", "subsidiary", "investor", "fund", "lender", "bank", "group", "institute",
            "university", "hospital", "incubator", "accelerator", "park", "house", "brand", "carmaker", "chipmaker",
            "drugmaker", "automaker", "distributor", "retailer", "player", "pioneer", "specialist", "outfit");

    /** Capitalised words that open sentences without being names. */
    static final Set<String> NOT_NAMES = set("the", "a", "an", "this", "that", "these", "those", "it", "its",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "in", "on", "at", "by", "for",
            "with", "from", "to", "of", "and", "but", "or", "as", "according", "after", "before", "since", "while",
            "when", "if", "last", "next", "meanwhile", "however", "also", "still", "yet", "so", "there", "here",
            "both", "some", "many", "most", "all", "each", "such", "other", "another", "over", "under", "about",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "editor",
            "keywords", "chinese", "american", "european", "japanese", "english", "what", "which", "who", "how",
            "why", "where", "not", "no", "more", "less", "than", "then", "now", "today", "yesterday", "tomorrow",
            "despite", "although", "though", "because", "during", "among", "between", "within", "without", "via",
            "phase", "mr", "ms", "mrs", "dr");

    /** Common romanised Chinese surnames; a capitalised pair starting with one reads as a person. */
    static final Set<String> SURNAMES = set("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu",
            "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
            "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
            "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "gong", "fan", "fang",
            "shi", "tan", "liao", "zou", "xiong", "qiu", "jia", "hou", "bai", "meng", "qin", "yan", "xue", "lei",
            "long", "duan", "hao", "kong", "shao", "wan", "qian", "dai", "mo", "kang", "gu", "yin", "chang", "wen",
            "niu", "fu", "cui", "tao", "mao", "qi", "zhong", "ou", "ni", "xia", "qiao", "lai", "lou", "bao", "jiao",
            "zhan", "shu", "rao", "pang", "hong", "wei", "ke", "lyu", "lv", "geng", "gan", "ji", "xing", "yi");

    static final Set<String> DEMONYMS = set("chinese", "american", "european", "japanese", "korean", "german",
            "french", "british", "indian", "asian", "western", "eastern");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
