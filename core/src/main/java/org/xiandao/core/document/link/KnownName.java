package org.xiandao.core.document.link;

/** A name the store already knows: an enterprise, a park, a fund, or an organisation accepted from review. */
public record KnownName(Kind kind, String id, String name) {
    public enum Kind { ENTERPRISE, PARK, FUND, ORGANISATION }
}
