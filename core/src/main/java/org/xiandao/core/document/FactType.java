package org.xiandao.core.document;

/** What a fact is about; each type fills subject, predicate and object in its own documented way. */
public enum FactType {
    /** subject: person; predicate: role, author, editor or mentioned; object: the role; attribute organisation. */
    PERSON,
    /** subject: organisation; predicate: is; object: its type (company, park, fund, government, research, media). */
    ORGANISATION,
    /** subject: organisation; predicate: operates, founded, owns, invested in …; object: the other party. */
    RELATION,
    /** subject: region or organisation; predicate: metric; object: value as written; attributes unit, period, kind, qualifier. */
    QUANTITY,
    /** subject: taxonomy segment code; object: segment name. */
    INDUSTRY,
    /** subject: who commits; predicate: will, plans, proposed …; object: what. */
    COMMITMENT,
    /** subject: what happened (a report presented); object: where; attribute date. */
    EVENT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
