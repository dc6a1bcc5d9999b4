package org.xiandao.core.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise in the pool. The credit code is its identity: two records with the same code are the
 * same enterprise, whatever their names say.
 *
 * @param segments taxonomy segment codes, at least one
 * @param parkCode the park's code, or {@code null} when the enterprise sits in no listed park
 */
public record Enterprise(
        UnifiedSocialCreditCode code,
        String nameZh,
        String nameEn,
        LocalDate founded,
        District district,
        String parkCode,
        Headcount headcount,
        Financials financials,
        IntellectualProperty ip,
        FundingStage stage,
        List<String> segments,
        String description,
        Origin origin) {

    public Enterprise {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(founded, "founded");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(headcount, "headcount");
        Objects.requireNonNull(financials, "financials");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(origin, "origin");
        if ((nameZh == null || nameZh.isBlank()) && (nameEn == null || nameEn.isBlank())) {
            throw new IllegalArgumentException("an enterprise needs a Chinese or an English name");
        }
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("an enterprise needs at least one segment");
        }
        description = description == null ? "" : description;
    }

    /** The name to show: Chinese for Chinese readers, English otherwise, whichever exists. */
    public String displayName(boolean chinese) {
        String first = chinese ? nameZh : nameEn;
        String second = chinese ? nameEn : nameZh;
        return first != null && !first.isBlank() ? first : second;
    }
}
