package org.xiandao.core.policy;

/**
 * The unit of a value in a policy. The checker refuses expressions that mix units the way a reader of
 * the regulation would refuse them: yuan compared with a share, a share added to a headcount.
 */
public enum Unit {
    /** A plain number: headcounts, IP counts, years, points. */
    NUMBER,
    /** A share or rate, written with % (10% is 0.10). */
    RATIO,
    /** An amount of money in yuan, written with 元, 万 or 亿. */
    YUAN,
    DATE,
    BOOL,
    TEXT;

    /** How the unit is written in a policy file. */
    public String keyword() {
        return switch (this) {
            case NUMBER -> "number";
            case RATIO -> "percent";
            case YUAN -> "yuan";
            case DATE -> "date";
            case BOOL -> "bool";
            case TEXT -> "text";
        };
    }

    public static Unit fromKeyword(String s) {
        for (Unit u : values()) {
            if (u.keyword().equals(s)) {
                return u;
            }
        }
        return null;
    }
}
