package org.xiandao.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;

/**
 * Fresh, empty stores for tests: a DuckDB file in a temporary folder, or a new database on the
 * PostgreSQL server named by {@code XIANDAO_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), dropped again on close.
 */
public final class TestStores {

    public static final String PG_URL_VARIABLE = "XIANDAO_TEST_PG_URL";
    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private TestStores() {
    }

    /** The database kinds the store suite runs against. */
    public enum Backend { DUCKDB, POSTGRES }

    /** An open store and what it takes to remove it. */
    public record TestStore(Store store, StoreLocation location, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            cleanup.run();
        }
    }

    public static TestStore open(Backend backend, Path tempDir) {
        return backend == Backend.DUCKDB ? duckDb(tempDir) : postgres();
    }

    public static TestStore duckDb(Path tempDir) {
        StoreLocation location = StoreLocation.duckDb(tempDir.resolve("test-" + UUID.randomUUID() + ".duckdb"));
        return new TestStore(Store.open(location), location, () -> { });
    }

    /** A new, empty PostgreSQL database; skips or fails (see {@link RequiredTools}) when there is no server. */
    public static TestStore postgres() {
        StoreLocation location = freshPostgresDatabase();
        return new TestStore(Store.open(location), location, () -> dropDatabase(location));
    }

    /** Creates an empty database and returns its location, without opening a store on it. */
    public static StoreLocation freshPostgresDatabase() {
        String admin = adminUrl();
        String name = "xiandao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            RequiredTools.missing("No PostgreSQL server at " + admin + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "). Install Debian's postgresql and start it, set " + PG_URL_VARIABLE
                    + " to an admin JDBC URL, or run .ci/run, which does both.");
        }
        return StoreLocation.parse(withDatabase(admin, name));
    }

    public static String adminUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    private static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static void dropDatabase(StoreLocation location) {
        String url = location.jdbcUrl();
        String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
