package org.xiandao.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: a DuckDB file (the default) or a PostgreSQL database given by its JDBC URL.
 *
 * @param jdbcUrl the JDBC URL to connect with
 * @param file    the DuckDB file, or {@code null} for PostgreSQL
 */
public record StoreLocation(String jdbcUrl, Path file) {

    public static final Path DEFAULT_FILE = Path.of("data", "xiandao.duckdb");

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Reads a {@code --db} value: a {@code jdbc:postgresql:} or {@code jdbc:duckdb:} URL, or else a
     * path to a DuckDB file.
     */
    public static StoreLocation parse(String value) {
        if (value == null || value.isBlank()) {
            return duckDb(DEFAULT_FILE);
        }
        String v = value.strip();
        if (v.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(v, null);
        }
        if (v.startsWith("jdbc:duckdb:")) {
            String rest = v.substring("jdbc:duckdb:".length());
            return rest.isEmpty() ? new StoreLocation(v, null) : duckDb(Path.of(rest));
        }
        if (v.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database URL " + v + " (use a DuckDB file path or jdbc:postgresql://host/db)");
        }
        return duckDb(Path.of(v));
    }

    public static StoreLocation duckDb(Path file) {
        return new StoreLocation("jdbc:duckdb:" + file, file);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public boolean isDuckDb() {
        return jdbcUrl.startsWith("jdbc:duckdb:");
    }

    /** A description safe to print: the URL without its password. */
    public String describe() {
        return file != null ? file.toString() : jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
