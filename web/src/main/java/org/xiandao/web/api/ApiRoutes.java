package org.xiandao.web.api;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xiandao.store.Store;

/** Health and the OpenAPI description of {@code /api/v1}. */
public final class ApiRoutes {

    private final Store store;
    private final byte[] openApi;

    public ApiRoutes(Store store) {
        this.store = store;
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/health", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ok");
            body.put("store", store.location().isPostgres() ? "postgresql" : "duckdb");
            body.put("enterprises", store.enterprises().count());
            ctx.json(body);
        });
        routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }
}
