package org.xiandao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.park.Parks;
import org.xiandao.store.enterprise.EnterpriseRepository;
import org.xiandao.store.enterprise.UnidentifiedEnterpriseRepository;
import org.xiandao.store.internal.DuckDbDataSource;

/**
 * An open store: a database brought to the current schema, with the repositories over it. The same
 * repository code runs on DuckDB and PostgreSQL.
 */
public final class Store implements AutoCloseable {

    private final StoreLocation location;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Taxonomy taxonomy;
    private final Parks parks;
    private final EnterpriseRepository enterprises;
    private final UnidentifiedEnterpriseRepository unidentified;
    private final org.xiandao.store.fund.FundRepository funds;
    private final org.xiandao.store.chain.ExternalChainRepository externalChains;
    private final org.xiandao.store.indicator.IndicatorRepository indicators;
    private final org.xiandao.store.document.DocumentRepository documents;

    private Store(StoreLocation location, DataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.taxonomy = TaxonomyReader.shipped();
        this.parks = Parks.shipped(taxonomy);
        this.enterprises = new EnterpriseRepository(jdbi, location.isDuckDb() ? (DuckDbDataSource) dataSource : null);
        this.unidentified = new UnidentifiedEnterpriseRepository(jdbi);
        this.funds = new org.xiandao.store.fund.FundRepository(jdbi);
        this.externalChains = new org.xiandao.store.chain.ExternalChainRepository(jdbi);
        this.indicators = new org.xiandao.store.indicator.IndicatorRepository(jdbi);
        this.documents = new org.xiandao.store.document.DocumentRepository(jdbi, indicators);
    }

    /**
     * Opens the store and applies any pending schema migrations.
     *
     * @throws StoreUnavailableException with one sentence saying why, when it cannot be opened
     */
    public static Store open(StoreLocation location) {
        DataSource ds = location.isPostgres() ? postgres(location) : duckDb(location);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            closeQuietly(ds);
            throw new StoreUnavailableException("The store at " + location.describe()
                    + " could not be brought to the current schema: " + rootMessage(e), e);
        }
        return new Store(location, ds);
    }

    private static DataSource duckDb(StoreLocation location) {
        Path file = location.file();
        try {
            if (file != null && file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the folder for the store " + file + ": " + e.getMessage(), e);
        }
        try {
            Properties props = new Properties();
            // This network cannot reach DuckDB's extension site; never try to download extensions.
            props.setProperty("autoinstall_known_extensions", "false");
            props.setProperty("autoload_known_extensions", "false");
            Connection c = DriverManager.getConnection(location.jdbcUrl(), props);
            return new DuckDbDataSource((DuckDBConnection) c);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            String why;
            if (m.contains("lock")) {
                why = "it is in use by another Xiandao process (stop that one, or use --db with another file)";
            } else if (m.contains("not a valid DuckDB database") || m.contains("Corrupt") || m.contains("corrupt")
                    || m.contains("database file") || m.contains("Serialization")) {
                why = "the file is not a readable DuckDB database (is it corrupt, or another kind of file?)";
            } else if (file != null && Files.isDirectory(file)) {
                why = "it is a folder, not a file";
            } else {
                why = firstLine(m);
            }
            throw new StoreUnavailableException("Cannot open the store " + location.describe() + ": " + why + ".", e);
        }
    }

    private static DataSource postgres(StoreLocation location) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(location.jdbcUrl());
        ds.setConnectTimeout(5);
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot reach PostgreSQL at " + location.describe() + ": "
                    + firstLine(String.valueOf(e.getMessage())) + ".", e);
        }
        return ds;
    }

    public StoreLocation location() { return location; }
    public Jdbi jdbi() { return jdbi; }
    public Taxonomy taxonomy() { return taxonomy; }
    public Parks parks() { return parks; }
    public EnterpriseRepository enterprises() { return enterprises; }
    public UnidentifiedEnterpriseRepository unidentified() { return unidentified; }
    public org.xiandao.store.fund.FundRepository funds() { return funds; }
    public org.xiandao.store.chain.ExternalChainRepository externalChains() { return externalChains; }
    public org.xiandao.store.indicator.IndicatorRepository indicators() { return indicators; }
    public org.xiandao.store.document.DocumentRepository documents() { return documents; }

    @Override
    public void close() {
        closeQuietly(dataSource);
    }

    private static void closeQuietly(DataSource ds) {
        if (ds instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing is best effort; the process is usually about to end
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return firstLine(String.valueOf(t.getMessage()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
