package org.xiandao.store.document;

/** Filters for the facts table; null means "any". {@code name} matches subject, object or the organisation attribute. */
public record FactQuery(String type, String person, String organisation, String period, String documentId, int limit, int offset) {
    public FactQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, 5000);
        offset = Math.max(0, offset);
    }
}
