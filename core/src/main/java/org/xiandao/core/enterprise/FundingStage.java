package org.xiandao.core.enterprise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far an enterprise has come in raising equity. */
public enum FundingStage {
    NONE("未融资", "Not funded"),
    ANGEL("天使轮", "Angel"),
    SERIES_A("A轮", "Series A"),
    SERIES_B("B轮", "Series B"),
    SERIES_C("C轮", "Series C"),
    SERIES_D_PLUS("D轮及以后", "Series D+"),
    PRE_IPO("Pre-IPO", "Pre-IPO"),
    LISTED("已上市", "Listed");

    private final String nameZh;
    private final String nameEn;

    FundingStage(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }

    /** Finds a stage by enum name, English or Chinese label, ignoring case, blanks and dashes. */
    public static Optional<FundingStage> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(text);
        return Arrays.stream(values())
                .filter(s -> normalise(s.name()).equals(key) || normalise(s.nameEn).equals(key)
                        || normalise(s.nameZh).equals(key))
                .findFirst();
    }

    private static String normalise(String s) {
        return s.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-+]", "");
    }
}
