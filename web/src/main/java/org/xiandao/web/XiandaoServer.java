package org.xiandao.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiandao.core.chain.TaxonomyException;
import org.xiandao.store.Store;
import org.xiandao.web.api.ApiRoutes;
import org.xiandao.web.chain.ChainMapService;
import org.xiandao.web.chain.ChainRoutes;
import org.xiandao.web.enterprise.EnterpriseRoutes;
import org.xiandao.web.overview.OverviewRoutes;
import org.xiandao.web.overview.OverviewService;
import org.xiandao.web.policy.PolicyRoutes;
import org.xiandao.web.policy.PolicyService;
import org.xiandao.web.system.BadRequestException;
import org.xiandao.web.system.Json;
import org.xiandao.web.system.NotFoundException;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The web server: pages for people, JSON under {@code /api/v1} for programs, over one store. */
public final class XiandaoServer {

    private static final Logger LOG = LoggerFactory.getLogger(XiandaoServer.class);

    private XiandaoServer() {
    }

    /** Creates the server without starting it. Binds to {@code host}; 127.0.0.1 unless asked otherwise. */
    public static Javalin create(Store store, String host) {
        return create(store, host, null);
    }

    /** As {@link #create(Store, String)}, with the policies to serve. */
    public static Javalin create(Store store, String host, PolicyService policyService) {
        OverviewRoutes overview = new OverviewRoutes(new OverviewService(store));
        org.xiandao.web.system.PopulationCache population = new org.xiandao.web.system.PopulationCache(store);
        EnterpriseRoutes enterprises = new EnterpriseRoutes(store);
        ApiRoutes api = new ApiRoutes(store);
        PolicyService policyEngine = policyService == null ? new PolicyService(store, null, population) : policyService;
        PolicyRoutes policies = new PolicyRoutes(store, policyEngine);
        ChainRoutes chain = new ChainRoutes(new ChainMapService(store, population),
                new org.xiandao.web.chain.SegmentProfiles(store, population, policyEngine), store);
        org.xiandao.web.park.ParkRoutes parks = new org.xiandao.web.park.ParkRoutes(store,
                new org.xiandao.web.park.ParkProfiles(store, population, policyEngine));
        org.xiandao.web.fund.FundRoutes funds = new org.xiandao.web.fund.FundRoutes(store);
        return Javalin.create(config -> {
            config.jetty.host = host;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            overview.register(config.routes);
            chain.register(config.routes);
            enterprises.register(config.routes);
            api.register(config.routes);
            policies.register(config.routes);
            funds.register(config.routes);
            parks.register(config.routes);
            new org.xiandao.web.document.DocumentRoutes(store).register(config.routes);
            config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
            config.routes.exception(TaxonomyException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), null));
            config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                error(ctx, 500, "Something went wrong on the server; the log has the details.", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "No page at " + ctx.path(), null);
                }
            });
        });
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            if (parameter != null) {
                body.put("parameter", parameter);
            }
            ctx.json(body);
        } else {
            Templates.render(ctx, "error.jte", Map.of("ctx", PageContext.of(ctx, 0), "status", status, "message", message));
        }
    }
}
