package org.xiandao.core.document;

/** A file that cannot become a document; the message says why in one sentence a person can act on. */
public final class DocumentRejectedException extends Exception {
    public DocumentRejectedException(String message) {
        super(message);
    }
}
