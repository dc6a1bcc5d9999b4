package org.xiandao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiandao.store.Store;
import org.xiandao.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Create a fresh demo store with a synthetic Shanghai population and serve it.",
            "The demo store is data/demo.duckdb unless --db says otherwise; a DuckDB demo file is recreated on every run."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", defaultValue = "data/demo.duckdb",
            description = "Where to build the demo store (default ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--enterprises", defaultValue = "20000", description = "Synthetic enterprises to generate (default ${DEFAULT-VALUE}).")
    long enterprises;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--documents", paramLabel = "DIR", description = "Also ingest the documents in this folder.")
    Path documents;

    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        if (enterprises < 0 || enterprises > 50_000_000) {
            throw new UsageProblem("--enterprises must be between 0 and 50000000, was " + enterprises);
        }
        StoreLocation location;
        try {
            location = StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--db: " + e.getMessage());
        }
        if (location.file() != null) {
            try {
                Files.deleteIfExists(location.file());
                Files.deleteIfExists(Path.of(location.file() + ".wal"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot replace the demo store " + location.file() + ": " + e.getMessage(), e);
            }
        }
        try (Store store = Store.open(location)) {
            if (enterprises > 0) {
                GenerateCommand.generate(store, enterprises, seed, false);
            }
            DemoSamples.load(store, documents);
            ServeCommand.serve(store, server);
        }
        return 0;
    }
}
