package org.xiandao.core.policy.bulk;

/**
 * A compiled expression over one chunk of the population. Each node owns its output buffer and
 * returns it filled for the current chunk; the parent reads it at once. Missing numbers are NaN,
 * unknown conditions -1, unknown texts and dates null / {@link Long#MIN_VALUE}.
 */
abstract class Node {

    // Three-valued logic encoded so that Kleene's and/or are min/max and not is 2 - x: no branches in
    // the hot loops. (The interpreter uses 1/0/-1; the encodings never meet.)
    static final byte FALSE = 0;
    static final byte UNKNOWN = 1;
    static final byte TRUE = 2;

    double[] numbers(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a number");
    }

    /**
     * The population column this node reads unchanged, so a parent can index it at {@code c.start + i}
     * instead of asking for a copy; null for every node that computes something.
     */
    double[] column() {
        return null;
    }

    /** Like {@link #column()}, for dates as epoch days. */
    long[] dayColumn() {
        return null;
    }

    byte[] bools(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a condition");
    }

    /**
     * base[i] = base[i] and this (Kleene: the minimum), for an "eligible all" list of conditions. Nodes
     * that can compute and merge in one pass override it.
     */
    void andInto(byte[] base, Chunk c) {
        byte[] v = bools(c);
        for (int i = 0; i < c.n; i++) {
            base[i] = (byte) Math.min(base[i], v[i]);
        }
    }

    String[] texts(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a text");
    }

    long[] days(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a date");
    }

    // Row expressions for a generated kernel (see KernelSource): Java source computing this node's value
    // for row KernelSource.ROW, with the same semantics as the array methods above, and what can be said of
    // it for every row of this population (so that checks for values that cannot occur are left out).
    // Numbers are doubles (NaN unknown), conditions ints 0/1/2, texts Strings (null unknown), dates
    // epoch-day longs (Long.MIN_VALUE unknown).

    KernelSource.Row rowNumber(KernelSource s) {
        throw new KernelSource.CannotFuse(getClass().getSimpleName() + " as a number");
    }

    KernelSource.Row rowBool(KernelSource s) {
        throw new KernelSource.CannotFuse(getClass().getSimpleName() + " as a condition");
    }

    KernelSource.Row rowText(KernelSource s) {
        throw new KernelSource.CannotFuse(getClass().getSimpleName() + " as a text");
    }

    KernelSource.Row rowDays(KernelSource s) {
        throw new KernelSource.CannotFuse(getClass().getSimpleName() + " as a date");
    }

    // Lane expressions for the SIMD loop of a generated kernel (see VectorSource): the same values for
    // eight rows at a time.

    VectorSource.Lanes vecNumber(VectorSource v) {
        throw new KernelSource.CannotFuse(getClass().getSimpleName() + " as lanes of numbers");
    }

    VectorSource.Lanes vecBool(VectorSource v) {
        throw new KernelSource.CannotFuse(getClass().getSimpleName() + " as lanes of conditions");
    }
}
