package org.xiandao.store;

/** A database operation failed after the store was opened. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
