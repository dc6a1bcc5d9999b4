package org.xiandao.core.chain;

/** A taxonomy that is not a well-formed DAG, or a reference to a segment that does not exist. */
public final class TaxonomyException extends IllegalArgumentException {
    public TaxonomyException(String message) {
        super(message);
    }
}
