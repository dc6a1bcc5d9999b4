package org.xiandao.core.enterprise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A rough size by headcount, for browsing the pool. It is not the statutory SME classification, which
 * depends on industry and revenue and lives in the policy engine.
 */
public enum StaffBand {
    MICRO("微型 (<20人)", "Micro (<20 staff)", 0, 19),
    SMALL("小型 (20–299人)", "Small (20–299)", 20, 299),
    MEDIUM("中型 (300–999人)", "Medium (300–999)", 300, 999),
    LARGE("大型 (≥1000人)", "Large (≥1000)", 1000, Integer.MAX_VALUE);

    private final String nameZh;
    private final String nameEn;
    private final int minStaff;
    private final int maxStaff;

    StaffBand(String nameZh, String nameEn, int minStaff, int maxStaff) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.minStaff = minStaff;
        this.maxStaff = maxStaff;
    }

    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public int minStaff() { return minStaff; }
    public int maxStaff() { return maxStaff; }

    public static StaffBand of(int staff) {
        return Arrays.stream(values()).filter(b -> staff >= b.minStaff && staff <= b.maxStaff).findFirst().orElseThrow();
    }

    public static Optional<StaffBand> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.name().equals(key)).findFirst();
    }
}
