package org.xiandao.cli;

import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;
import picocli.CommandLine.Option;

/** The options every command takes: where the store is, machine-readable output, and detail on errors. */
final class CommonOptions {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "DuckDB file or PostgreSQL JDBC URL (default: ${DEFAULT-VALUE})", defaultValue = "data/xiandao.duckdb")
    String db;

    @Option(names = "--json", description = "Print machine-readable JSON on stdout; messages for people stay on stderr.")
    boolean json;

    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--db: " + e.getMessage());
        }
    }

    Store open() {
        return Store.open(location());
    }
}
