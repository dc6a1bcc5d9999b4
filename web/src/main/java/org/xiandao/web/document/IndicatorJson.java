package org.xiandao.web.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.indicator.IndicatorPoint;

/** The chart's data: every point carries its period, kind, source and the link to that source. */
public final class IndicatorJson {

    private IndicatorJson() {}

    public static List<Map<String, Object>> of(List<IndicatorPoint> points) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorPoint p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", p.period());
            m.put("kind", p.kind());
            m.put("value", p.value());
            m.put("source", p.source());
            m.put("link", p.documentId() != null ? "/documents/" + p.documentId() + "#f-" + p.factSeq() : p.sourceUrl());
            rows.add(m);
        }
        return rows;
    }
}
