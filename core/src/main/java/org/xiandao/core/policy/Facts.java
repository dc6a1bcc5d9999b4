package org.xiandao.core.policy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.enterprise.Enterprise;

/**
 * What is known about one enterprise: its fields, the segments it is in, and any application inputs
 * (a tape-out fee, a trial phase). A name absent from the map is unknown, and a rule that needs it
 * cannot decide rather than silently failing.
 *
 * @param values numbers as {@link Double} (yuan, counts, shares), dates as {@link LocalDate}, texts, booleans
 */
public record Facts(String label, Map<String, Object> values, Set<String> segments) {

    public Facts {
        values = Map.copyOf(values);
        segments = Set.copyOf(segments);
    }

    public static Facts of(Enterprise e) {
        Map<String, Object> v = new HashMap<>();
        var f = e.financials();
        v.put(Field.STAFF.key(), (double) e.headcount().staff());
        v.put(Field.TECHNICAL_STAFF.key(), (double) e.headcount().technical());
        v.put(Field.RD_STAFF.key(), (double) e.headcount().research());
        v.put(Field.REVENUE.key(), (double) f.revenue());
        v.put(Field.TOTAL_ASSETS.key(), (double) f.totalAssets());
        v.put(Field.RD_EXPENSE_Y1.key(), (double) f.rdExpense(0));
        v.put(Field.RD_EXPENSE_Y2.key(), (double) f.rdExpense(1));
        v.put(Field.RD_EXPENSE_Y3.key(), (double) f.rdExpense(2));
        v.put(Field.HIGH_TECH_REVENUE.key(), (double) f.highTechRevenue());
        v.put(Field.EQUITY_RAISED.key(), (double) f.equityRaised());
        v.put(Field.IP_CLASS_ONE.key(), (double) e.ip().classOne());
        v.put(Field.IP_CLASS_TWO.key(), (double) e.ip().classTwo());
        v.put(Field.FOUNDED.key(), e.founded());
        v.put(Field.DISTRICT.key(), e.district().name());
        if (e.parkCode() != null) {
            v.put(Field.PARK.key(), e.parkCode());
        }
        v.put(Field.FUNDING_STAGE.key(), e.stage().name());
        return new Facts(e.code().value(), v, Set.copyOf(e.segments()));
    }

    /** These facts with more values, e.g. application inputs; later values replace earlier ones. */
    public Facts with(Map<String, Object> more) {
        Map<String, Object> v = new HashMap<>(values);
        v.putAll(more);
        return new Facts(label, v, segments);
    }

    public Facts withSegments(List<String> codes) {
        return new Facts(label, values, Set.copyOf(codes));
    }
}
