package org.xiandao.core.fund;

/** Who a limited partner is. */
public enum LpType {
    GOVERNMENT_BUDGET("财政出资", "Government budget"),
    STATE_OWNED("国有企业", "State-owned enterprise"),
    INSURER("保险资金", "Insurer"),
    PENSION("养老金", "Pension fund"),
    PARK_DEVELOPER("园区开发企业", "Park developer"),
    PRIVATE("社会资本", "Private capital"),
    /** A fund of the family investing in another (a mother fund in its sub-fund). */
    FUND("基金", "Fund of the family");

    private final String nameZh;
    private final String nameEn;

    LpType(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
}
