package org.xiandao.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.TestStore;

/** A real Xiandao server on a free port over a fresh DuckDB store holding a synthetic population. */
final class RunningServer implements AutoCloseable {

    final TestStore store;
    final Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    RunningServer(Path temp, int enterprises) {
        store = TestStores.duckDb(temp);
        if (enterprises > 0) {
            SyntheticShanghai population = new SyntheticShanghai(store.store().taxonomy(), store.store().parks(), 42);
            store.store().enterprises().replaceSynthetic(population.enterprises(enterprises).iterator(), n -> { });
            store.store().funds().replaceSynthetic(new org.xiandao.core.synthetic.SyntheticFundFamily(store.store().taxonomy(), 42)
                    .generate(population.enterprises(enterprises).toList(), 4, 12, java.time.LocalDate.of(2026, 9, 30)));
        }
        app = XiandaoServer.create(store.store(), "127.0.0.1").start(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) {
        return get(path, "en");
    }

    HttpResponse<String> get(String path, String language) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
