package org.xiandao.core.chain;

import java.util.Objects;

/**
 * A node of the industry-chain taxonomy.
 *
 * @param code            Xiandao's code, e.g. {@code IC-2.2}; the three roots are {@code IC}, {@code BIO}, {@code AI}
 * @param industry        the industry whose tree the segment was defined in
 * @param position        upstream, midstream or downstream along the chain
 * @param seiCode         the 战略性新兴产业分类(2018) code where known, else empty
 * @param gbtCode         the GB/T 4754-2017 industry code where known, else empty
 */
public record Segment(String code, Industry industry, ChainPosition position, String nameZh, String nameEn,
                      String seiCode, String gbtCode) {
    public Segment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        seiCode = seiCode == null ? "" : seiCode;
        gbtCode = gbtCode == null ? "" : gbtCode;
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public boolean isRoot() {
        return code.equals(industry.rootCode());
    }
}
