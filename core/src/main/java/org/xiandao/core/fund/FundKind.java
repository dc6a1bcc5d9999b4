package org.xiandao.core.fund;

/** The three kinds of vehicle in a guidance-fund family. */
public enum FundKind {
    /** A mother fund (fund of funds) that commits to sub-funds. */
    MOTHER("母基金", "Mother fund"),
    /** A sub-fund with its own GP, investing in enterprises. */
    SUB_FUND("子基金", "Sub-fund"),
    /** A vehicle investing directly in enterprises. */
    DIRECT("直投", "Direct investment vehicle");

    private final String nameZh;
    private final String nameEn;

    FundKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
}
