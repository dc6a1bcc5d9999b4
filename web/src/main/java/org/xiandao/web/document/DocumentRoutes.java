package org.xiandao.web.document;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiandao.core.document.link.KnownName;
import org.xiandao.core.indicator.IndicatorPoint;
import org.xiandao.store.Store;
import org.xiandao.store.document.FactQuery;
import org.xiandao.store.document.OrgLink;
import org.xiandao.store.document.StoredDocument;
import org.xiandao.store.document.StoredFact;
import org.xiandao.web.system.BadRequestException;
import org.xiandao.web.system.NotFoundException;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/**
 * Documents and their facts: the list, one document with its facts marked in the text, the facts table,
 * people and organisation pages, the organisation review queue and indicator series, as pages and JSON.
 */
public final class DocumentRoutes {

    static final String RD_METRIC = "R&D expenditure / GDP";
    private static final List<String> TYPES = List.of("person", "organisation", "relation", "quantity", "industry", "commitment", "event");

    private final Store store;

    public DocumentRoutes(Store store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/documents", ctx -> ctx.json(store.documents().list()));
        routes.get("/api/v1/documents/{id}", ctx -> {
            StoredDocument d = document(ctx.pathParam("id"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("document", d);
            out.put("facts", store.documents().facts(new FactQuery(null, null, null, null, d.summary().id(), 5000, 0)));
            ctx.json(out);
        });
        routes.get("/api/v1/facts", ctx -> ctx.json(store.documents().facts(query(ctx))));
        routes.get("/api/v1/review", ctx -> ctx.json(store.documents().links(status(ctx))));
        routes.post("/api/v1/review", ctx -> ctx.json(decide(ctx)));
        routes.get("/api/v1/indicators", ctx -> ctx.json(series(ctx)));

        routes.get("/documents", ctx -> Templates.render(ctx, "documents.jte", Map.of("ctx", page(ctx), "documents", store.documents().list())));
        routes.get("/documents/{id}", ctx -> {
            StoredDocument d = document(ctx.pathParam("id"));
            List<StoredFact> facts = store.documents().facts(new FactQuery(null, null, null, null, d.summary().id(), 5000, 0));
            Map<String, OrgLink> links = new java.util.HashMap<>();
            for (StoredFact f : facts) {
                if (f.type().equals("ORGANISATION")) {
                    store.documents().link(f.subject()).ifPresent(l -> links.put(l.name(), l));
                }
            }
            Templates.render(ctx, "document.jte", Map.of("ctx", page(ctx), "d", d, "facts", facts, "html", Highlighter.html(d.body(), facts),
                    "links", links));
        });
        routes.get("/facts.xlsx", ctx -> {
            List<StoredFact> facts = store.documents().facts(new FactQuery(query(ctx).type(), query(ctx).person(), query(ctx).organisation(),
                    query(ctx).period(), query(ctx).documentId(), 5000, 0));
            Map<String, String> bodies = new java.util.HashMap<>();
            ctx.header("Content-Disposition", "attachment; filename=\"xiandao-facts.xlsx\"");
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.result(FactsWorkbook.xlsx(facts, id -> bodies.computeIfAbsent(id, k -> store.documents().find(k).map(StoredDocument::body).orElse("")),
                    "http://" + ctx.host()));
        });
        routes.get("/facts", ctx -> Templates.render(ctx, "facts.jte", Map.of("ctx", page(ctx), "facts", store.documents().facts(query(ctx)),
                "q", query(ctx), "types", TYPES, "heading", "")));
        routes.get("/people/{name}", ctx -> Templates.render(ctx, "facts.jte", Map.of("ctx", page(ctx),
                "facts", store.documents().facts(new FactQuery(null, ctx.pathParam("name"), null, null, null, 1000, 0)),
                "q", new FactQuery(null, ctx.pathParam("name"), null, null, null, 1000, 0), "types", TYPES, "heading", ctx.pathParam("name"))));
        routes.get("/organisations/{name}", ctx -> {
            String name = ctx.pathParam("name");
            FactQuery q = new FactQuery(null, null, name, null, null, 1000, 0);
            Map<String, Object> model = new java.util.HashMap<>(Map.of("ctx", page(ctx), "facts", store.documents().facts(q), "q", q,
                    "types", TYPES, "heading", name));
            store.documents().link(name).ifPresent(l -> model.put("link", l));
            Templates.render(ctx, "facts.jte", model);
        });
        routes.get("/review", ctx -> Templates.render(ctx, "review.jte", Map.of("ctx", page(ctx), "links", store.documents().links(null))));
        routes.post("/review", ctx -> {
            decide(ctx);
            ctx.redirect("/review");
        });
        routes.get("/indicators", ctx -> Templates.render(ctx, "indicators.jte", Map.of("ctx", page(ctx), "points", series(ctx),
                "region", param(ctx, "region", "Shanghai"), "metric", param(ctx, "metric", RD_METRIC), "catalogue", store.indicators().catalogue())));
    }

    private List<IndicatorPoint> series(Context ctx) {
        return store.indicators().series(param(ctx, "region", "Shanghai"), param(ctx, "metric", RD_METRIC));
    }

    private StoredDocument document(String id) {
        Optional<StoredDocument> d = store.documents().find(id);
        return d.orElseThrow(() -> new NotFoundException("No document " + id + "; /documents lists them."));
    }

    private static FactQuery query(Context ctx) {
        String type = ctx.queryParam("type");
        if (type != null && !type.isBlank() && !TYPES.contains(type.toLowerCase())) {
            throw new BadRequestException("type", "unknown fact type '" + type + "'; one of " + TYPES);
        }
        int limit = intParam(ctx, "limit", 200);
        int offset = intParam(ctx, "offset", 0);
        return new FactQuery(type, ctx.queryParam("person"), ctx.queryParam("organisation"), ctx.queryParam("period"), ctx.queryParam("document"), limit, offset);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > 5000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be a whole number from 0 to 5000, was '" + v + "'");
        }
    }

    private static String status(Context ctx) {
        String s = ctx.queryParam("status");
        if (s == null || s.isBlank()) {
            return null;
        }
        if (!List.of("LINKED", "PENDING", "ACCEPTED", "MERGED", "REJECTED").contains(s.toUpperCase())) {
            throw new BadRequestException("status", "status is one of LINKED, PENDING, ACCEPTED, MERGED, REJECTED; was '" + s + "'");
        }
        return s.toUpperCase();
    }

    /** accept (a new organisation), merge (into target kind+id) or reject one pending name. */
    private OrgLink decide(Context ctx) {
        String name = form(ctx, "name");
        String action = form(ctx, "action");
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "say which organisation name to decide on");
        }
        KnownName target = null;
        String status;
        switch (action == null ? "" : action) {
            case "accept" -> status = "ACCEPTED";
            case "reject" -> status = "REJECTED";
            case "merge" -> {
                status = "MERGED";
                String kind = form(ctx, "targetKind");
                String id = form(ctx, "targetId");
                if (kind == null || id == null || id.isBlank()) {
                    throw new BadRequestException("targetId", "merging needs targetKind (ENTERPRISE, PARK, FUND) and targetId");
                }
                KnownName.Kind k;
                try {
                    k = KnownName.Kind.valueOf(kind.toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("targetKind", "targetKind is ENTERPRISE, PARK or FUND; was '" + kind + "'");
                }
                String targetName = switch (k) {
                    case PARK -> store.parks().find(id).map(p -> p.nameEn()).orElseThrow(() -> new BadRequestException("targetId", "no park " + id));
                    case ENTERPRISE -> store.enterprises().find(id)
                            .map(e -> e.nameZh() != null ? e.nameZh() : e.nameEn()).orElseThrow(() -> new BadRequestException("targetId", "no enterprise " + id));
                    case FUND -> store.documents().fundName(id).orElseThrow(() -> new BadRequestException("targetId", "no fund " + id));
                    default -> throw new BadRequestException("targetKind", "targetKind is ENTERPRISE, PARK or FUND; was '" + kind + "'");
                };
                target = new KnownName(k, id, targetName);
            }
            default -> throw new BadRequestException("action", "action is accept, merge or reject; was '" + action + "'");
        }
        if (!store.documents().decide(name, status, target)) {
            throw new BadRequestException("name", "'" + name + "' is not waiting for review");
        }
        return store.documents().link(name).orElseThrow();
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v != null ? v : ctx.queryParam(name);
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private PageContext page(Context ctx) {
        return PageContext.of(ctx, store.enterprises().countSynthetic());
    }
}
