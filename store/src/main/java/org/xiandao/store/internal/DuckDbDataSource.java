package org.xiandao.store.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * Hands out connections to one DuckDB database. DuckDB allows one process to open a file; within the
 * process, connections must come from the same database instance, which {@code duplicate()} gives.
 */
public final class DuckDbDataSource implements DataSource, AutoCloseable {

    private final DuckDBConnection root;

    public DuckDbDataSource(DuckDBConnection root) {
        this.root = root;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return root.duplicate();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    public DuckDBConnection root() {
        return root;
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }

    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) { }
    @Override public void setLoginTimeout(int seconds) { }
    @Override public int getLoginTimeout() { return 0; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
    @Override public boolean isWrapperFor(Class<?> iface) { return false; }
}
