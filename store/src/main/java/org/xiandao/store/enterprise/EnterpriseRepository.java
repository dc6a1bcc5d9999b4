package org.xiandao.store.enterprise;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.store.StoreException;
import org.xiandao.store.internal.DuckDbDataSource;

/**
 * The enterprise pool in the store. Writes upsert by credit code, so loading the same data twice
 * changes nothing; reads answer the questions the pages and the API ask.
 */
public final class EnterpriseRepository {

    private static final int BATCH = 1_000;

    private final Jdbi jdbi;
    private final DuckDbDataSource duckDb;

    /**
     * @param duckDb the DuckDB data source when the store is DuckDB, for its fast appender; {@code null} on PostgreSQL
     */
    public EnterpriseRepository(Jdbi jdbi, DuckDbDataSource duckDb) {
        this.jdbi = jdbi;
        this.duckDb = duckDb;
    }

    /** Inserts or updates {@code enterprises} in one transaction. */
    public void upsert(Collection<Enterprise> enterprises) {
        try {
            jdbi.useTransaction(h -> upsert(h, enterprises));
        } catch (SQLException e) {
            throw new StoreException("could not write enterprises: " + e.getMessage(), e);
        }
    }

    /** Inserts or updates within the caller's transaction. */
    public void upsert(Handle h, Collection<Enterprise> enterprises) throws SQLException {
        String upsert = EnterpriseColumns.upsertSql();
        List<Enterprise> all = new ArrayList<>(enterprises);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Enterprise> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            try (PreparedStatement ps = h.getConnection().prepareStatement(upsert)) {
                for (Enterprise e : chunk) {
                    Object[] v = EnterpriseColumns.values(e);
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<String> codes = chunk.stream().map(e -> e.code().value()).toList();
            h.createUpdate("DELETE FROM enterprise_segment WHERE code IN (<codes>)").bindList("codes", codes).execute();
            try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO enterprise_segment (code, segment, position) VALUES (?, ?, ?)")) {
                for (Enterprise e : chunk) {
                    for (int i = 0; i < e.segments().size(); i++) {
                        ps.setString(1, e.code().value());
                        ps.setString(2, e.segments().get(i));
                        ps.setInt(3, i);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * Replaces all synthetic enterprises with {@code population}. On DuckDB the rows go through the
     * appender, which is what makes a million-row population practical; elsewhere through batches.
     *
     * @param progress told the running count every few thousand rows
     * @return the number of enterprises written
     */
    public long replaceSynthetic(Iterator<Enterprise> population, LongConsumer progress) {
        try {
            if (duckDb != null) {
                // The appender writes through the root connection, so the deletes go through it too and
                // the whole replacement is one transaction there.
                return duckDbTransaction(() -> {
                    try (var st = duckDb.root().createStatement()) {
                        st.execute(DELETE_SYNTHETIC_SEGMENTS);
                        st.execute(DELETE_SYNTHETIC);
                    }
                    return append(population, progress);
                });
            }
            return jdbi.inTransaction(h -> {
                h.execute(DELETE_SYNTHETIC_SEGMENTS);
                h.execute(DELETE_SYNTHETIC);
                return batched(h, population, progress);
            });
        } catch (SQLException e) {
            throw new StoreException("could not write the synthetic population: " + e.getMessage(), e);
        }
    }

    private static final String DELETE_SYNTHETIC_SEGMENTS =
            "DELETE FROM enterprise_segment WHERE code IN (SELECT code FROM enterprise WHERE origin_kind = 'SYNTHETIC')";
    private static final String DELETE_SYNTHETIC = "DELETE FROM enterprise WHERE origin_kind = 'SYNTHETIC'";

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T duckDbTransaction(SqlWork<T> work) throws SQLException {
        DuckDBConnection c = duckDb.root();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private long batched(Handle h, Iterator<Enterprise> population, LongConsumer progress) throws SQLException {
        long n = 0;
        List<Enterprise> chunk = new ArrayList<>(BATCH);
        while (population.hasNext()) {
            chunk.add(population.next());
            if (chunk.size() == BATCH || !population.hasNext()) {
                upsert(h, chunk);
                n += chunk.size();
                chunk.clear();
                progress.accept(n);
            }
        }
        return n;
    }

    private long append(Iterator<Enterprise> population, LongConsumer progress) throws SQLException {
        DuckDBConnection c = duckDb.root();
        long n = 0;
        try (DuckDBAppender rows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "enterprise");
             DuckDBAppender segments = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "enterprise_segment")) {
            while (population.hasNext()) {
                Enterprise e = population.next();
                rows.beginRow();
                for (Object v : EnterpriseColumns.values(e)) {
                    appendValue(rows, v);
                }
                rows.endRow();
                for (int i = 0; i < e.segments().size(); i++) {
                    segments.beginRow().append(e.code().value()).append(e.segments().get(i)).append(i).endRow();
                }
                if (++n % 10_000 == 0) {
                    progress.accept(n);
                }
            }
        }
        progress.accept(n);
        return n;
    }

    private static void appendValue(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Integer i) {
            a.append(i.intValue());
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else if (v instanceof LocalDate d) {
            a.append(d);
        } else {
            throw new IllegalArgumentException("no appender for " + v.getClass());
        }
    }

    /**
     * The whole pool as a columnar population, read in one streaming pass (segments aggregated by the
     * database), so a million enterprises never sit in memory as objects at once.
     */
    public org.xiandao.core.enterprise.Population population(Taxonomy taxonomy) {
        String sql = "SELECT e.*, g.segs FROM enterprise e JOIN (SELECT code, string_agg(segment, '|' ORDER BY position) AS segs"
                + " FROM enterprise_segment GROUP BY code) g ON g.code = e.code ORDER BY e.code";
        return jdbi.inTransaction(h -> {
            var rows = h.createQuery(sql).setFetchSize(10_000)
                    .map((rs, ctx) -> EnterpriseMapper.map(rs).with(List.of(rs.getString("segs").split("\\|"))));
            try (var iterator = rows.iterator()) {
                return org.xiandao.core.enterprise.Population.of(iterator, taxonomy);
            }
        });
    }

    /** The enterprises with these codes that exist, by code; one query per thousand codes. */
    public Map<String, Enterprise> findAll(Collection<String> codes) {
        Map<String, Enterprise> out = new HashMap<>();
        List<String> all = codes.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            jdbi.useHandle(h -> load(h, h.createQuery("SELECT * FROM enterprise WHERE code IN (<codes>)").bindList("codes", chunk))
                    .forEach(e -> out.put(e.code().value(), e)));
        }
        return out;
    }

    public Optional<Enterprise> find(String code) {
        return jdbi.withHandle(h -> load(h, h.createQuery("SELECT * FROM enterprise WHERE code = :code").bind("code", code)))
                .stream().findFirst();
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM enterprise").mapTo(Long.class).one());
    }

    public long countSynthetic() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM enterprise WHERE origin_kind = 'SYNTHETIC'").mapTo(Long.class).one());
    }

    /** Runs a search: one page of matches, and how many match in all. */
    public EnterprisePage search(EnterpriseQuery q, Taxonomy taxonomy) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> binds = new HashMap<>();
        List<String> segments = null;
        if (q.text() != null) {
            where.append(" AND (e.name_zh LIKE :like OR e.name_en ILIKE :like OR e.code = :code)");
            binds.put("like", "%" + q.text().replace("%", "").replace("_", "") + "%");
            binds.put("code", q.text().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.segment() != null) {
            segments = List.copyOf(taxonomy.selfAndDescendants(taxonomy.require(q.segment()).code()));
            where.append(" AND e.code IN (SELECT s.code FROM enterprise_segment s WHERE s.segment IN (<segments>))");
        }
        if (q.district() != null) {
            where.append(" AND e.district = :district");
            binds.put("district", q.district().name());
        }
        if (q.park() != null) {
            where.append(" AND e.park = :park");
            binds.put("park", q.park());
        }
        if (q.band() != null) {
            where.append(" AND e.staff BETWEEN :minStaff AND :maxStaff");
            binds.put("minStaff", q.band().minStaff());
            binds.put("maxStaff", q.band().maxStaff());
        }
        String order = " ORDER BY " + q.sort().column + (q.descending() ? " DESC" : " ASC") + ", e.code";
        List<String> segmentList = segments;
        return jdbi.withHandle(h -> {
            Query count = h.createQuery("SELECT count(*) FROM enterprise e" + where);
            Query page = h.createQuery("SELECT e.* FROM enterprise e" + where + order + " LIMIT :limit OFFSET :offset");
            for (Query query : List.of(count, page)) {
                query.bindMap(binds);
                if (segmentList != null) {
                    query.bindList("segments", segmentList);
                }
            }
            page.bind("limit", q.pageSize()).bind("offset", q.offset());
            long total = count.mapTo(Long.class).one();
            return new EnterprisePage(load(h, page), total, q.page(), q.pageSize());
        });
    }

    private static List<Enterprise> load(Handle h, Query query) {
        List<EnterpriseMapper.WithoutSegments> rows = query.map((rs, ctx) -> EnterpriseMapper.map(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> segments = new HashMap<>();
        h.createQuery("SELECT code, segment FROM enterprise_segment WHERE code IN (<codes>) ORDER BY code, position")
                .bindList("codes", rows.stream().map(EnterpriseMapper.WithoutSegments::code).toList())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> segments.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> r.with(segments.getOrDefault(r.code(), List.of()))).toList();
    }

    /** Enterprises per segment as stored (each enterprise counted once in each of its segments). */
    public Map<String, Long> countBySegment() {
        return jdbi.withHandle(h -> h.createQuery("SELECT segment, count(*) AS n FROM enterprise_segment GROUP BY segment")
                .reduceRows(new LinkedHashMap<String, Long>(), (m, r) -> {
                    m.put(r.getColumn("segment", String.class), r.getColumn("n", Long.class));
                    return m;
                }));
    }

    /** Distinct enterprises with at least one segment among {@code segments}. */
    public long countInSegments(Collection<String> segments) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(DISTINCT code) FROM enterprise_segment WHERE segment IN (<s>)")
                .bindList("s", List.copyOf(segments)).mapTo(Long.class).one());
    }

    /**
     * Distinct enterprises per group, where each group is a set of segment codes (an industry with all
     * its segments, say). An enterprise in two segments of the same group counts once; one query in all.
     */
    public Map<String, Long> countDistinctByGroup(Map<String, ? extends Collection<String>> groups) {
        List<String> pairs = new ArrayList<>();
        Map<String, Object> binds = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, ? extends Collection<String>> g : groups.entrySet()) {
            for (String member : g.getValue()) {
                pairs.add("(:m" + i + ", :g" + i + ")");
                binds.put("m" + i, member);
                binds.put("g" + i, g.getKey());
                i++;
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        groups.keySet().forEach(k -> out.put(k, 0L));
        if (pairs.isEmpty()) {
            return out;
        }
        String sql = "SELECT m.grp, count(DISTINCT s.code) AS n FROM enterprise_segment s JOIN (VALUES "
                + String.join(", ", pairs) + ") AS m(member, grp) ON s.segment = m.member GROUP BY m.grp";
        jdbi.useHandle(h -> h.createQuery(sql).bindMap(binds)
                .map((rs, ctx) -> Map.entry(rs.getString("grp"), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** Distinct enterprises per park and group of segments (parks only), in one query. */
    public Map<String, Map<String, Long>> countByParkAndGroup(Map<String, ? extends Collection<String>> groups) {
        List<String> pairs = new ArrayList<>();
        Map<String, Object> binds = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, ? extends Collection<String>> g : groups.entrySet()) {
            for (String member : g.getValue()) {
                pairs.add("(:m" + i + ", :g" + i + ")");
                binds.put("m" + i, member);
                binds.put("g" + i, g.getKey());
                i++;
            }
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (pairs.isEmpty()) {
            return out;
        }
        String sql = "SELECT e.park, m.grp, count(DISTINCT e.code) AS n FROM enterprise e JOIN enterprise_segment s ON s.code = e.code"
                + " JOIN (VALUES " + String.join(", ", pairs) + ") AS m(member, grp) ON s.segment = m.member"
                + " WHERE e.park IS NOT NULL GROUP BY e.park, m.grp";
        jdbi.useHandle(h -> h.createQuery(sql).bindMap(binds).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .forEach(r -> out.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], (Long) r[2])));
        return out;
    }

    public Map<District, Long> countByDistrict() {
        return jdbi.withHandle(h -> h.createQuery("SELECT district, count(*) AS n FROM enterprise GROUP BY district")
                .reduceRows(new LinkedHashMap<District, Long>(), (m, r) -> {
                    m.put(District.valueOf(r.getColumn("district", String.class)), r.getColumn("n", Long.class));
                    return m;
                }));
    }

    public Map<String, Long> countByPark() {
        return jdbi.withHandle(h -> h.createQuery("SELECT park, count(*) AS n FROM enterprise WHERE park IS NOT NULL GROUP BY park")
                .reduceRows(new LinkedHashMap<String, Long>(), (m, r) -> {
                    m.put(r.getColumn("park", String.class), r.getColumn("n", Long.class));
                    return m;
                }));
    }

    /** How many records came from each kind of origin: the honest split between synthetic and real. */
    public Map<Origin.Kind, Long> countByOrigin() {
        return jdbi.withHandle(h -> h.createQuery("SELECT origin_kind, count(*) AS n FROM enterprise GROUP BY origin_kind")
                .reduceRows(new LinkedHashMap<Origin.Kind, Long>(), (m, r) -> {
                    m.put(Origin.Kind.valueOf(r.getColumn("origin_kind", String.class)), r.getColumn("n", Long.class));
                    return m;
                }));
    }
}
