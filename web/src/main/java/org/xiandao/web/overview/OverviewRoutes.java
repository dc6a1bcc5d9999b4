package org.xiandao.web.overview;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The overview page ({@code /}) and its JSON ({@code /api/v1/overview}). */
public final class OverviewRoutes {

    private final OverviewService service;

    public OverviewRoutes(OverviewService service) {
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> {
            Overview o = service.overview();
            Templates.render(ctx, "overview.jte", Map.of("ctx", PageContext.of(ctx, o.synthetic()), "o", o));
        });
        routes.get("/api/v1/overview", ctx -> ctx.json(service.overview()));
    }
}
