package org.xiandao.store;

/**
 * The store cannot be opened: a missing folder, a locked or corrupt DuckDB file, an unreachable
 * PostgreSQL server. The message is one sentence for a person; the cause keeps the details.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
