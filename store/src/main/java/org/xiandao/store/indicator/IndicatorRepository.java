package org.xiandao.store.indicator;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.xiandao.core.indicator.IndicatorPoint;

/** Indicator series by region and metric; the same period from another source is kept beside, not over. */
public final class IndicatorRepository {

    private final Jdbi jdbi;

    public IndicatorRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds points in one transaction; a point with the same region, metric, period, kind, source and value is replaced. */
    public void add(List<IndicatorPoint> points) {
        jdbi.useTransaction(h -> add(h, points));
    }

    public void add(Handle h, List<IndicatorPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        java.util.Map<List<Object>, IndicatorPoint> unique = new java.util.LinkedHashMap<>();
        for (IndicatorPoint p : points) {
            unique.putIfAbsent(List.of(p.region(), p.metric(), p.period(), p.kind(), clip(p.source()), p.value()), p);
        }
        points = List.copyOf(unique.values());
        var delete = h.prepareBatch("DELETE FROM indicator_value WHERE region = :r AND metric = :m AND period = :p AND kind = :k AND source = :s AND value = :v");
        var insert = h.prepareBatch("INSERT INTO indicator_value VALUES (:r, :m, :p, :k, :v, :u, :s, :url, :doc, :seq, :note)");
        for (IndicatorPoint p : points) {
            delete.bind("r", p.region()).bind("m", p.metric()).bind("p", p.period()).bind("k", p.kind()).bind("s", clip(p.source())).bind("v", p.value()).add();
            insert.bind("r", p.region()).bind("m", p.metric()).bind("p", p.period()).bind("k", p.kind()).bind("v", p.value())
                    .bind("u", p.unit()).bind("s", clip(p.source())).bind("url", p.sourceUrl()).bind("doc", p.documentId())
                    .bind("seq", p.factSeq()).bind("note", p.note()).add();
        }
        delete.execute();
        insert.execute();
    }

    public List<IndicatorPoint> series(String region, String metric) {
        return jdbi.withHandle(h -> h.createQuery("SELECT region, metric, period, kind, value, unit, source, source_url, document_id,"
                        + " fact_seq, note FROM indicator_value WHERE region = :r AND metric = :m ORDER BY period, kind, source")
                .bind("r", region).bind("m", metric)
                .map((rs, ctx) -> new IndicatorPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10), rs.getString(11)))
                .list());
    }

    /** Region and metric pairs with how many values each has. */
    public List<String[]> catalogue() {
        return jdbi.withHandle(h -> h.createQuery("SELECT region, metric, count(*) FROM indicator_value GROUP BY region, metric ORDER BY region, metric")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getLong(3))}).list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM indicator_value").mapTo(Long.class).one());
    }

    private static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
