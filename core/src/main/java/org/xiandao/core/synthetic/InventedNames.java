package org.xiandao.core.synthetic;

import java.util.SplittableRandom;

/**
 * Makes enterprise names that are plainly invented: two uncommon characters as a brand, then the
 * segment, then the legal form. The English name spells the brand in pinyin.
 */
final class InventedNames {

    private static final String[] CHARS = {
        "澜", "珩", "曜", "翎", "骁", "琮", "霁", "溯", "璟", "岚", "砚", "芃", "湛", "昶", "燊", "峤",
        "煦", "珀", "钧", "瑾", "朔", "琨", "棠", "珞", "祺", "泓", "翊", "熠", "骞", "潇", "垚", "珈",
    };
    private static final String[] PINYIN = {
        "Lan", "Heng", "Yao", "Ling", "Xiao", "Cong", "Ji", "Su", "Jing", "Lan", "Yan", "Peng", "Zhan", "Chang", "Shen", "Qiao",
        "Xu", "Po", "Jun", "Jin", "Shuo", "Kun", "Tang", "Luo", "Qi", "Hong", "Yi", "Yi", "Qian", "Xiao", "Yao", "Jia",
    };

    private InventedNames() {
    }

    record Name(String zh, String en) {
    }

    static Name make(SplittableRandom random, String segmentZh, String segmentEn) {
        int a = random.nextInt(CHARS.length);
        int b = (a + 1 + random.nextInt(CHARS.length - 1)) % CHARS.length;
        String brandEn = PINYIN[a] + PINYIN[b].toLowerCase(java.util.Locale.ROOT);
        return new Name(CHARS[a] + CHARS[b] + segmentZh + "科技有限公司", brandEn + " " + segmentEn + " Co., Ltd.");
    }
}
