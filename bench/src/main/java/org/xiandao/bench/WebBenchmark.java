package org.xiandao.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.xiandao.core.synthetic.SyntheticShanghai;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;
import org.xiandao.web.XiandaoServer;

/**
 * The overview page and an enterprise search over HTTP at N enterprises (default 1,000,000): the median
 * of 20 requests after 5 warm-up requests, beside the same SQL run directly on the DuckDB file, which is
 * what an analyst with a DuckDB shell would do instead. Goal: each page under 300 ms.
 *
 * <p>{@code bench/run WebBenchmark [N]}
 */
public final class WebBenchmark {

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("xiandao-bench-web");
        Path file = dir.resolve("xiandao.duckdb");
        try (Store store = Store.open(StoreLocation.duckDb(file))) {
            store.enterprises().replaceSynthetic(new SyntheticShanghai(store.taxonomy(), store.parks(), 42).enterprises(n).iterator(), x -> { });
        }
        HttpClient http = HttpClient.newHttpClient();
        String[][] cases = {
            {"overview page", "/"},
            {"overview JSON", "/api/v1/overview"},
            {"search page: segment IC-2, by revenue", "/enterprises?segment=IC-2&sort=revenue&dir=desc"},
            {"search page: name contains 芯片, Pudong", "/enterprises?q=%E8%8A%AF%E7%89%87&district=PUDONG"},
            {"search page: page 200 of everything", "/enterprises?page=200"},
        };
        double[] served = new double[cases.length];
        try (Store store = Store.open(StoreLocation.duckDb(file))) {
            Javalin app = XiandaoServer.create(store, "127.0.0.1").start(0);
            try {
                for (int i = 0; i < cases.length; i++) {
                    URI uri = URI.create("http://127.0.0.1:" + app.port() + cases[i][1]);
                    served[i] = Measure.medianMillis(5, 20, () -> {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + r.statusCode());
                        }
                    });
                }
            } finally {
                app.stop();
            }
        }
        // The same questions as plain SQL on the same file.
        String segmentsOfIc2 = "'IC-2','IC-2.1','IC-2.2','IC-2.3','IC-2.4','IC-2.5','IC-2.6'";
        String[] sql = {
            "SELECT count(*) FROM enterprise; SELECT district, count(*) FROM enterprise GROUP BY district;"
                + " SELECT park, count(*) FROM enterprise GROUP BY park;"
                + " SELECT substr(segment, 1, 4) g, count(DISTINCT code) FROM enterprise_segment GROUP BY g;"
                + " SELECT split_part(segment, '-', 1) i, count(DISTINCT code) FROM enterprise_segment GROUP BY i",
            null,
            "SELECT count(*) FROM enterprise e WHERE e.code IN (SELECT code FROM enterprise_segment WHERE segment IN (" + segmentsOfIc2 + "));"
                + " SELECT * FROM enterprise e WHERE e.code IN (SELECT code FROM enterprise_segment WHERE segment IN (" + segmentsOfIc2 + "))"
                + " ORDER BY revenue DESC LIMIT 25",
            "SELECT count(*) FROM enterprise WHERE name_zh LIKE '%芯片%' AND district = 'PUDONG';"
                + " SELECT * FROM enterprise WHERE name_zh LIKE '%芯片%' AND district = 'PUDONG' ORDER BY revenue DESC LIMIT 25",
            "SELECT count(*) FROM enterprise; SELECT * FROM enterprise ORDER BY revenue DESC LIMIT 25 OFFSET 4975",
        };
        double[] direct = new double[cases.length];
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            for (int i = 0; i < cases.length; i++) {
                String q = sql[i] == null ? sql[0] : sql[i];
                direct[i] = Measure.medianMillis(5, 20, () -> {
                    for (String one : q.split(";")) {
                        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(one)) {
                            while (rs.next()) {
                                rs.getObject(1);
                            }
                        }
                    }
                });
            }
        }
        System.out.printf("web at %,d enterprises (median of 20 after 5 warm-up; goal < 300 ms per page)%n", n);
        System.out.printf("%-45s %12s %14s %8s%n", "request", "Xiandao ms", "DuckDB SQL ms", "ratio");
        for (int i = 0; i < cases.length; i++) {
            System.out.printf("%-45s %12.1f %14.1f %8.1f%n", cases[i][0], served[i], direct[i], served[i] / direct[i]);
        }
    }
}
