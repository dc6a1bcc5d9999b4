package org.xiandao.core.chain;

/** Where a segment sits along its chain (上游 / 中游 / 下游). */
public enum ChainPosition {
    UPSTREAM("上游", "Upstream"),
    MIDSTREAM("中游", "Midstream"),
    DOWNSTREAM("下游", "Downstream");

    private final String nameZh;
    private final String nameEn;

    ChainPosition(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
}
