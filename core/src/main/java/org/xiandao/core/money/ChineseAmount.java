package org.xiandao.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Amounts as Chinese documents write them: plain yuan, 万元 (10<sup>4</sup>) and 亿元 (10<sup>8</sup>),
 * with or without the 元, with thousands separators.
 */
public final class ChineseAmount {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ChineseAmount() {
    }

    /**
     * Parses {@code text} into whole yuan, e.g. {@code "1.5亿"} → 150,000,000, {@code "300万元"} → 3,000,000,
     * {@code "12,000"} → 12,000.
     *
     * @throws NumberFormatException naming what was wrong, for a text that is not an amount or has
     *                               fractions of a yuan
     */
    public static long parseYuan(String text) {
        String t = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (t.endsWith("元")) {
            t = t.substring(0, t.length() - 1);
        }
        BigDecimal unit = BigDecimal.ONE;
        if (t.endsWith("亿")) {
            unit = YI;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("万")) {
            unit = WAN;
            t = t.substring(0, t.length() - 1);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t).multiply(unit);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text + "' is not an amount (write e.g. 1200000, 120万 or 1.2亿)");
        }
        try {
            return value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("'" + text + "' is not a whole number of yuan");
        }
    }

    /**
     * Formats whole yuan for a reader: in Chinese with 亿 from 10⁸ and 万 from 10⁴ ("1.5亿元"); in English
     * with billions and millions ("CNY 150 m").
     */
    public static String format(long yuan, boolean chinese) {
        BigDecimal v = BigDecimal.valueOf(yuan);
        long abs = Math.abs(yuan);
        if (chinese) {
            if (abs >= 100_000_000L) {
                return v.divide(YI, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "亿元";
            }
            if (abs >= 10_000L) {
                return v.divide(WAN, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "万元";
            }
            return yuan + "元";
        }
        if (abs >= 1_000_000_000L) {
            return "CNY " + v.divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " bn";
        }
        if (abs >= 1_000_000L) {
            return "CNY " + v.divide(BigDecimal.valueOf(1_000_000L), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " m";
        }
        return String.format(Locale.ROOT, "CNY %,d", yuan);
    }
}
