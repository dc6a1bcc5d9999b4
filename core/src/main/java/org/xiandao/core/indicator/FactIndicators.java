package org.xiandao.core.indicator;

import java.util.ArrayList;
import java.util.List;
import org.xiandao.core.document.Extraction;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;

/**
 * Document figures that belong in an indicator series: a region's or organisation's metric for a period,
 * in % or money. Each point points back at its fact.
 */
public final class FactIndicators {

    private FactIndicators() {}

    public static List<IndicatorPoint> of(Extraction extraction) {
        List<IndicatorPoint> out = new ArrayList<>();
        List<Fact> facts = extraction.facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            String period = f.attribute("period");
            String unit = f.attribute("unit");
            if (f.type() != FactType.QUANTITY || period == null || f.subject().isBlank() || unit == null
                    || !(unit.equals("%") || f.attribute("currency") != null)
                    || f.predicate().equals("share") || f.predicate().equals("amount") || f.predicate().equals("count")) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble((f.attribute("value_base") != null ? f.attribute("value_base") : f.object()).replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String source = extraction.document().source() != null ? extraction.document().source() + ": " + extraction.document().title()
                    : extraction.document().title();
            out.add(new IndicatorPoint(f.subject(), f.predicate(), period, f.attribute("kind"), value,
                    unit.equals("%") ? "%" : f.attribute("currency"), source, extraction.document().url(),
                    extraction.document().id(), i, f.attribute("qualifier")));
        }
        return out;
    }
}
