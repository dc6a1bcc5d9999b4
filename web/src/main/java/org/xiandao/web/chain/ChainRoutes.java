package org.xiandao.web.chain;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.xiandao.store.Store;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The industry-chain map ({@code /chain}), its data and the taxonomy as JSON. */
public final class ChainRoutes {

    private final ChainMapService service;
    private final Store store;

    public ChainRoutes(ChainMapService service, Store store) {
        this.service = service;
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
        routes.get("/api/v1/parks", ctx -> ctx.json(store.parks().all()));
    }
}
