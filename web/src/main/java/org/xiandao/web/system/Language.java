package org.xiandao.web.system;

import java.util.Locale;

/** The two languages of the interface. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() { return tag; }
    public Locale locale() { return locale; }
    public boolean chinese() { return this == ZH; }

    public Language other() {
        return this == ZH ? EN : ZH;
    }

    /** Reads a tag such as {@code zh}, {@code zh-CN} or {@code en-GB}; null when neither language. */
    public static Language fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("zh") ? ZH : t.startsWith("en") ? EN : null;
    }
}
