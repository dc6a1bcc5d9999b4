package org.xiandao.core.enterprise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Shanghai's 16 districts, with their administrative division codes (GB/T 2260). */
public enum District {
    HUANGPU("310101", "黄浦区", "Huangpu"),
    XUHUI("310104", "徐汇区", "Xuhui"),
    CHANGNING("310105", "长宁区", "Changning"),
    JINGAN("310106", "静安区", "Jing'an"),
    PUTUO("310107", "普陀区", "Putuo"),
    HONGKOU("310109", "虹口区", "Hongkou"),
    YANGPU("310110", "杨浦区", "Yangpu"),
    MINHANG("310112", "闵行区", "Minhang"),
    BAOSHAN("310113", "宝山区", "Baoshan"),
    JIADING("310114", "嘉定区", "Jiading"),
    PUDONG("310115", "浦东新区", "Pudong New Area"),
    JINSHAN("310116", "金山区", "Jinshan"),
    SONGJIANG("310117", "松江区", "Songjiang"),
    QINGPU("310118", "青浦区", "Qingpu"),
    FENGXIAN("310120", "奉贤区", "Fengxian"),
    CHONGMING("310151", "崇明区", "Chongming");

    private final String divisionCode;
    private final String nameZh;
    private final String nameEn;

    District(String divisionCode, String nameZh, String nameEn) {
        this.divisionCode = divisionCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String divisionCode() { return divisionCode; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }

    /**
     * Finds a district by its enum name, division code, Chinese name (with or without 区) or English
     * name, ignoring case and blanks.
     */
    public static Optional<District> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String key = t.toUpperCase(Locale.ROOT).replace("'", "").replace(" ", "").replace("_", "");
        return Arrays.stream(values())
                .filter(d -> d.name().equals(key)
                        || d.divisionCode.equals(t)
                        || d.nameZh.equals(t)
                        || d.nameZh.replace("新区", "").replace("区", "").equals(t)
                        || d.nameEn.toUpperCase(Locale.ROOT).replace("'", "").replace(" ", "").equals(key))
                .findFirst();
    }

    public static Optional<District> byDivisionCode(String code) {
        return Arrays.stream(values()).filter(d -> d.divisionCode.equals(code)).findFirst();
    }
}
