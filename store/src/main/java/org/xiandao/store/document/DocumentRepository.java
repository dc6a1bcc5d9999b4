package org.xiandao.store.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.xiandao.core.document.Extraction;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.SourceDocument;
import org.xiandao.core.document.link.KnownName;
import org.xiandao.core.document.link.OrganisationLinker;
import org.xiandao.core.indicator.FactIndicators;

/**
 * Documents, their facts, the organisation-link queue. A document is saved with its facts, links and
 * indicator values in one transaction: either all of it is in the store or none of it.
 */
public final class DocumentRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private final Jdbi jdbi;
    private final org.xiandao.store.indicator.IndicatorRepository indicators;

    public DocumentRepository(Jdbi jdbi, org.xiandao.store.indicator.IndicatorRepository indicators) {
        this.jdbi = jdbi;
        this.indicators = indicators;
    }

    public boolean contains(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM document WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0);
    }

    /** Saves a new document; returns false (and changes nothing) when it is already stored. */
    public boolean save(Extraction extraction, List<OrganisationLinker.Match> links) {
        SourceDocument d = extraction.document();
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT count(*) FROM document WHERE id = :id").bind("id", d.id()).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("INSERT INTO document VALUES (:id, :file, :title, :author, :editor, :source, :published, :keywords,"
                            + " :language, :url, :invented, :encoding, :body, :at)")
                    .bind("id", d.id()).bind("file", d.fileName()).bind("title", d.title()).bind("author", d.author())
                    .bind("editor", d.editor()).bind("source", d.source()).bind("published", java.sql.Date.valueOf(d.published()))
                    .bind("keywords", String.join(", ", d.keywords())).bind("language", d.language().name())
                    .bind("url", d.url()).bind("invented", d.invented()).bind("encoding", d.encoding()).bind("body", d.text())
                    .bind("at", java.sql.Timestamp.valueOf(LocalDateTime.now())).execute();
            var batch = h.prepareBatch("INSERT INTO fact VALUES (:doc, :seq, :type, :subject, :predicate, :object, :attributes,"
                    + " :ss, :se, :sts, :ste)");
            List<Fact> facts = extraction.facts();
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                batch.bind("doc", d.id()).bind("seq", i).bind("type", f.type().name()).bind("subject", clip(f.subject(), 1000))
                        .bind("predicate", clip(f.predicate(), 300)).bind("object", clip(f.object(), 2000)).bind("attributes", json(f.attributes()))
                        .bind("ss", f.evidence() == null ? null : f.evidence().start()).bind("se", f.evidence() == null ? null : f.evidence().end())
                        .bind("sts", f.sentence() == null ? null : f.sentence().start()).bind("ste", f.sentence() == null ? null : f.sentence().end())
                        .add();
            }
            if (!facts.isEmpty()) {
                batch.execute();
            }
            for (OrganisationLinker.Match m : links) {
                saveLink(h, m, typeOf(extraction, m.name()), d.id());
            }
            indicators.add(h, FactIndicators.of(extraction));
            return true;
        });
    }

    private static String typeOf(Extraction e, String name) {
        return e.facts().stream().filter(f -> f.type() == org.xiandao.core.document.FactType.ORGANISATION && f.subject().equals(name))
                .map(Fact::object).findFirst().orElse(null);
    }

    private static void saveLink(Handle h, OrganisationLinker.Match m, String type, String documentId) {
        if (h.createQuery("SELECT count(*) FROM org_link WHERE name = :n").bind("n", m.name()).mapTo(Integer.class).one() > 0) {
            return; // decided before (or waiting): a name is reviewed once, not per document
        }
        KnownName t = m.target();
        h.createUpdate("INSERT INTO org_link VALUES (:n, :type, :status, :tk, :tid, :tname, :score, :doc)")
                .bind("n", clip(m.name(), 500)).bind("type", type)
                .bind("status", m.decision() == OrganisationLinker.Decision.LINK ? "LINKED" : "PENDING")
                .bind("tk", t == null ? null : t.kind().name()).bind("tid", t == null ? null : t.id())
                .bind("tname", t == null ? null : t.name()).bind("score", m.score()).bind("doc", documentId).execute();
    }

    /** Names the linker can match against: enterprises, parks (given), funds, and organisations accepted in review. */
    public List<KnownName> knownNames(List<KnownName> parks) {
        return jdbi.withHandle(h -> {
            List<KnownName> out = new ArrayList<>(parks);
            h.createQuery("SELECT code, name_zh, name_en FROM enterprise").map((rs, ctx) -> {
                String code = rs.getString(1);
                if (rs.getString(2) != null) {
                    out.add(new KnownName(KnownName.Kind.ENTERPRISE, code, rs.getString(2)));
                }
                if (rs.getString(3) != null) {
                    out.add(new KnownName(KnownName.Kind.ENTERPRISE, code, rs.getString(3)));
                }
                return code;
            }).list();
            h.createQuery("SELECT id, name_zh, name_en FROM fund").map((rs, ctx) -> {
                out.add(new KnownName(KnownName.Kind.FUND, rs.getString(1), rs.getString(2)));
                out.add(new KnownName(KnownName.Kind.FUND, rs.getString(1), rs.getString(3)));
                return 0;
            }).list();
            h.createQuery("SELECT name, target_kind, target_id, target_name, status FROM org_link WHERE status IN ('ACCEPTED', 'MERGED')")
                    .map((rs, ctx) -> {
                        if (rs.getString(5).equals("ACCEPTED")) {
                            out.add(new KnownName(KnownName.Kind.ORGANISATION, rs.getString(1), rs.getString(1)));
                        } else {
                            // A merged name is an alias of its target from now on.
                            out.add(new KnownName(KnownName.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(1)));
                        }
                        return 0;
                    }).list();
            return out;
        });
    }

    public List<DocumentSummary> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.id, d.file_name, d.title, d.author, d.source, d.published, d.language,"
                + " d.invented, d.encoding, (SELECT count(*) FROM fact f WHERE f.document_id = d.id) FROM document d"
                + " ORDER BY d.published DESC, d.title").map((rs, ctx) -> summary(rs)).list());
    }

    public Optional<StoredDocument> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.id, d.file_name, d.title, d.author, d.source, d.published, d.language,"
                        + " d.invented, d.encoding, (SELECT count(*) FROM fact f WHERE f.document_id = d.id), d.editor, d.keywords, d.url, d.body"
                        + " FROM document d WHERE d.id = :id").bind("id", id)
                .map((rs, ctx) -> new StoredDocument(summary(rs), rs.getString(11),
                        rs.getString(12) == null || rs.getString(12).isBlank() ? List.of() : Arrays.asList(rs.getString(12).split(",\\s*")),
                        rs.getString(13), rs.getString(14)))
                .findOne());
    }

    public List<StoredFact> facts(FactQuery q) {
        StringBuilder sql = new StringBuilder("SELECT f.document_id, f.seq, f.type, f.subject, f.predicate, f.object, f.attributes,"
                + " f.span_start, f.span_end, f.sentence_start, f.sentence_end, d.title, d.published, d.invented"
                + " FROM fact f JOIN document d ON d.id = f.document_id WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (q.type() != null && !q.type().isBlank()) {
            sql.append(" AND f.type = :type");
            binds.put("type", q.type().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.person() != null && !q.person().isBlank()) {
            sql.append(" AND (f.type = 'PERSON' AND f.subject = :person OR f.attributes LIKE :personJson)");
            binds.put("person", q.person());
            binds.put("personJson", "%\"" + q.person().replace("%", "") + "\"%");
        }
        if (q.organisation() != null && !q.organisation().isBlank()) {
            sql.append(" AND (f.subject = :org OR f.object = :org OR f.attributes LIKE :orgJson)");
            binds.put("org", q.organisation());
            binds.put("orgJson", "%\"" + q.organisation().replace("%", "") + "\"%");
        }
        if (q.period() != null && !q.period().isBlank()) {
            sql.append(" AND f.attributes LIKE :period");
            binds.put("period", "%\"period\":\"" + q.period().replace("%", "") + "%");
        }
        if (q.documentId() != null && !q.documentId().isBlank()) {
            sql.append(" AND f.document_id = :doc");
            binds.put("doc", q.documentId());
        }
        sql.append(" ORDER BY d.published DESC, f.document_id, f.seq LIMIT ").append(q.limit()).append(" OFFSET ").append(q.offset());
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql.toString());
            binds.forEach(query::bind);
            return query.map((rs, ctx) -> fact(rs)).list();
        });
    }

    public List<OrgLink> links(String status) {
        String sql = LINK_COLUMNS + (status == null ? "" : " WHERE status = :s") + " ORDER BY status, name";
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            if (status != null) {
                q.bind("s", status);
            }
            return q.map((rs, ctx) -> orgLink(rs)).list();
        });
    }

    public Optional<OrgLink> link(String name) {
        return jdbi.withHandle(h -> h.createQuery(LINK_COLUMNS + " WHERE name = :n").bind("n", name).map((rs, ctx) -> orgLink(rs)).findOne());
    }

    /** A person's decision on a pending name; returns false when the name is not pending. */
    public boolean decide(String name, String status, KnownName target) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE org_link SET status = :s, target_kind = :tk, target_id = :tid,"
                        + " target_name = :tn, score = NULL WHERE name = :n AND status = 'PENDING'")
                .bind("s", status).bind("tk", target == null ? null : target.kind().name()).bind("tid", target == null ? null : target.id())
                .bind("tn", target == null ? null : target.name()).bind("n", name).execute() == 1);
    }

    /** A fund's English name, to check a merge target. */
    public Optional<String> fundName(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name_en FROM fund WHERE id = :id").bind("id", id).mapTo(String.class).findOne());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM document").mapTo(Long.class).one());
    }

    private static final String LINK_COLUMNS =
            "SELECT name, org_type, status, target_kind, target_id, target_name, score, first_document FROM org_link";

    private static OrgLink orgLink(ResultSet rs) throws SQLException {
        return new OrgLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7) == null ? null : rs.getDouble(7), rs.getString(8));
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, java.time.LocalDate.class), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getInt(10));
    }

    private static StoredFact fact(ResultSet rs) throws SQLException {
        return new StoredFact(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                attributes(rs.getString(7)), (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
                (Integer) rs.getObject(11), rs.getString(12), rs.getObject(13, java.time.LocalDate.class), rs.getBoolean(14));
    }

    private static String json(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> attributes(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fact attributes: " + json, e);
        }
    }

    private static String clip(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
