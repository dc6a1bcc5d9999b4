package org.xiandao.web.park;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xiandao.store.Store;
import org.xiandao.web.system.BadRequestException;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The parks × segments matrix, each park's page and a comparison of two parks, as pages and JSON. */
public final class ParkRoutes {

    private final Store store;
    private final ParkProfiles profiles;

    public ParkRoutes(Store store, ParkProfiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/parks", ctx -> ctx.json(store.parks().all()));
        routes.get("/api/v1/parks/matrix", ctx -> ctx.json(ParkMatrix.of(store)));
        routes.get("/api/v1/parks/compare", ctx -> ctx.json(compare(ctx)));
        routes.get("/api/v1/parks/{code}", ctx -> ctx.json(profiles.of(ctx.pathParam("code"), date(ctx))));
        routes.get("/parks", ctx -> Templates.render(ctx, "parks.jte", Map.of(
                "ctx", page(ctx), "m", ParkMatrix.of(store))));
        routes.get("/parks/compare.xlsx", ctx -> {
            ParkProfiles.Profile[] both = compare(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"xiandao-parks-" + both[0].park().code() + "-" + both[1].park().code() + ".xlsx\"");
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.result(ParkComparisonWorkbook.xlsx(both[0], both[1], segments(both[0]), store.enterprises().countSynthetic()));
        });
        routes.get("/parks/compare", ctx -> {
            ParkProfiles.Profile[] both = compare(ctx);
            Templates.render(ctx, "park-compare.jte", Map.of("ctx", page(ctx), "a", both[0], "b", both[1],
                    "segments", segments(both[0])));
        });
        routes.get("/parks/{code}", ctx -> Templates.render(ctx, "park.jte", Map.of("ctx", page(ctx),
                "p", profiles.of(ctx.pathParam("code"), date(ctx)), "parks", store.parks().all())));
    }

    private ParkProfiles.Profile[] compare(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || a.isBlank()) {
            throw new BadRequestException("a", "give the first park as ?a=CODE");
        }
        if (b == null || b.isBlank()) {
            throw new BadRequestException("b", "give the second park as ?b=CODE");
        }
        return profiles.of(List.of(a.strip(), b.strip()), date(ctx)).toArray(ParkProfiles.Profile[]::new);
    }

    /** The matrix's segments, in its order: every profile's density map has one entry per segment. */
    private static List<String> segments(ParkProfiles.Profile p) {
        return List.copyOf(p.density().keySet());
    }

    private PageContext page(Context ctx) {
        return PageContext.of(ctx, store.enterprises().countSynthetic());
    }

    private static LocalDate date(Context ctx) {
        return org.xiandao.web.system.QueryDate.orToday(ctx, "date");
    }
}
