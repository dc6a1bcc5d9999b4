package org.xiandao.store.enterprise;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The queue of organisations awaiting identification by credit code. */
public final class UnidentifiedEnterpriseRepository {

    private final Jdbi jdbi;

    public UnidentifiedEnterpriseRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds or refreshes entries in one transaction; an entry is keyed by name and source file. */
    public void upsert(Collection<UnidentifiedEnterprise> entries) {
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO unidentified_enterprise (name, city, segments, note, origin_source, origin_row)"
                    + " VALUES (:name, :city, :segments, :note, :source, :row) ON CONFLICT (name, origin_source) DO UPDATE SET"
                    + " city = EXCLUDED.city, segments = EXCLUDED.segments, note = EXCLUDED.note, origin_row = EXCLUDED.origin_row");
            for (UnidentifiedEnterprise e : entries) {
                batch.bind("name", e.name()).bind("city", e.city()).bind("segments", String.join("|", e.segments()))
                        .bind("note", e.note()).bind("source", e.source()).bind("row", e.row()).add();
            }
            if (!entries.isEmpty()) {
                batch.execute();
            }
        });
    }

    public List<UnidentifiedEnterprise> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM unidentified_enterprise ORDER BY origin_source, origin_row, name")
                .map((rs, ctx) -> new UnidentifiedEnterprise(rs.getString("name"), rs.getString("city"),
                        Arrays.asList(rs.getString("segments").split("\\|")), rs.getString("note"),
                        rs.getString("origin_source"), rs.getInt("origin_row")))
                .list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM unidentified_enterprise").mapTo(Long.class).one());
    }
}
