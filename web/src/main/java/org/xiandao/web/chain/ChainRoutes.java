package org.xiandao.web.chain;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.xiandao.store.Store;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The industry-chain map ({@code /chain}), its data and the taxonomy as JSON. */
public final class ChainRoutes {

    /** Where the next yuan should go for ?segment=CODE (&date=, &top=). */
    private Recommendations.Result recommend(io.javalin.http.Context ctx) {
        String code = ctx.queryParam("segment") == null ? "" : ctx.queryParam("segment").strip().toUpperCase(java.util.Locale.ROOT);
        if (!store.taxonomy().contains(code)) {
            throw new org.xiandao.web.system.BadRequestException("segment", "unknown segment '" + code + "'; nearest codes: "
                    + String.join(", ", store.taxonomy().nearestCodes(code, 3)));
        }
        java.time.LocalDate date = org.xiandao.web.system.QueryDate.orToday(ctx, "date");
        var q = new org.xiandao.store.enterprise.EnterpriseQuery(null, code, null, null, null,
                org.xiandao.store.enterprise.EnterpriseQuery.Sort.RD, true, 1, org.xiandao.store.enterprise.EnterpriseQuery.MAX_PAGE_SIZE);
        java.util.List<org.xiandao.core.enterprise.Enterprise> firms = new java.util.ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            var items = store.enterprises().search(q.withPage(page), store.taxonomy()).items();
            firms.addAll(items);
            if (items.size() < q.pageSize()) {
                break;
            }
        }
        return new Recommendations(store.taxonomy(), store.parks(), org.xiandao.core.policy.ShippedPolicies.load(store.taxonomy()))
                .recommend(store.taxonomy().require(code), firms, store.funds().load(), date, top(ctx));
    }

    /** ?top=N, 1–100, default 10. */
    private static int top(io.javalin.http.Context ctx) {
        String t = ctx.queryParam("top");
        if (t == null || t.isBlank()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(t.strip());
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new org.xiandao.web.system.BadRequestException("top", "top must be a whole number from 1 to 100, got '" + t + "'");
    }

    private final ChainMapService service;
    private final SegmentProfiles segments;
    private final Store store;

    public ChainRoutes(ChainMapService service, SegmentProfiles segments, Store store) {
        this.service = service;
        this.segments = segments;
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/chain", ctx -> Templates.render(ctx, "chain.jte", Map.of(
                "ctx", PageContext.of(ctx, store.enterprises().countSynthetic()), "map", service.map(),
                "taxonomy", store.taxonomy())));
        routes.get("/api/v1/chain", ctx -> ctx.json(service.map()));
        routes.get("/api/v1/taxonomy", ctx -> ctx.json(Map.of(
                "segments", store.taxonomy().segments(),
                "edges", store.taxonomy().edges(org.xiandao.core.chain.EdgeKind.IS_TYPE_OF).stream()
                        .map(e -> Map.of("from", e.from(), "to", e.to(), "kind", "is_type_of")).toList(),
                "supply", store.taxonomy().edges(org.xiandao.core.chain.EdgeKind.GOES_INTO).stream()
                        .map(e -> Map.of("from", e.from(), "to", e.to(), "kind", "goes_into")).toList())));
        routes.get("/api/v1/chain/recommend", ctx -> ctx.json(recommend(ctx)));
        routes.get("/api/v1/chain/segments/{code}", ctx -> ctx.json(segments.of(ctx.pathParam("code"),
                org.xiandao.web.system.QueryDate.orToday(ctx, "date"))));
        routes.get("/chain/segments/{code}", ctx -> Templates.render(ctx, "segment.jte", Map.of(
                "ctx", PageContext.of(ctx, store.enterprises().countSynthetic()),
                "p", segments.of(ctx.pathParam("code"), org.xiandao.web.system.QueryDate.orToday(ctx, "date")))));
        routes.get("/chain/recommend", ctx -> Templates.render(ctx, "recommend.jte", Map.of(
                "ctx", PageContext.of(ctx, store.enterprises().countSynthetic()), "r", recommend(ctx))));
        routes.get("/chain/recommend.xlsx", ctx -> {
            Recommendations.Result r = recommend(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"xiandao-recommend-" + r.segment().code() + ".xlsx\"");
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.result(RecommendationWorkbook.xlsx(r));
        });
    }
}
