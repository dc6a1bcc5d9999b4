package org.xiandao.core.indicator;

import java.util.Objects;

/**
 * One value of an indicator series with where it came from. Two sources may give the same period different
 * values; both are kept.
 *
 * @param kind actual, target, expected or forecast
 * @param documentId and {@code factSeq}: the document fact the value was read from, when it came from a document
 */
public record IndicatorPoint(String region, String metric, String period, String kind, double value, String unit,
                             String source, String sourceUrl, String documentId, Integer factSeq, String note) {
    public IndicatorPoint {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }
}
