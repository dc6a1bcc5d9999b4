package org.xiandao.core.enterprise;

import java.util.Objects;

/**
 * Where a record came from. Every enterprise carries one, and every page that shows the record shows
 * it, so synthetic data can never pass for real data.
 *
 * @param kind   synthetic, imported or extracted
 * @param source the generator run ("seed 42"), the file name, or the document id
 * @param row    the 1-based data row of an imported file, or 0 where rows do not apply
 */
public record Origin(Kind kind, String source, int row) {

    public enum Kind { SYNTHETIC, IMPORTED, EXTRACTED }

    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    public static Origin synthetic(long seed) {
        return new Origin(Kind.SYNTHETIC, "generator seed " + seed, 0);
    }

    public static Origin imported(String file, int row) {
        return new Origin(Kind.IMPORTED, file, row);
    }

    public static Origin extracted(String documentId) {
        return new Origin(Kind.EXTRACTED, documentId, 0);
    }

    public boolean isSynthetic() {
        return kind == Kind.SYNTHETIC;
    }

    /** A short English description, e.g. "imported from companies.csv row 12". */
    public String describe() {
        return switch (kind) {
            case SYNTHETIC -> "synthetic (" + source + ")";
            case IMPORTED -> "imported from " + source + (row > 0 ? " row " + row : "");
            case EXTRACTED -> "extracted from document " + source;
        };
    }
}
