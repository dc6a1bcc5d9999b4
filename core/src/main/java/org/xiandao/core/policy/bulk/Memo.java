package org.xiandao.core.policy.bulk;

/** A let's value, computed once per chunk into buffers it owns (no allocation per chunk). */
final class Memo extends Node {
    Node inner;
    private long computedFor = -1;
    private double[] numbers;
    private byte[] bools;
    private String[] texts;
    private long[] days;

    @Override
    double[] numbers(Chunk c) {
        // The inner node owns its buffer and only this memo evaluates it, so its output stays valid
        // for the whole chunk: no copy.
        if (computedFor != c.id) {
            numbers = inner.numbers(c);
            computedFor = c.id;
        }
        return numbers;
    }

    @Override
    double[] column() {
        return inner.column();
    }

    @Override
    byte[] bools(Chunk c) {
        if (computedFor != c.id) {
            bools = inner.bools(c);
            computedFor = c.id;
        }
        return bools;
    }

    @Override
    String[] texts(Chunk c) {
        if (computedFor != c.id) {
            if (texts == null) {
                texts = new String[Chunk.SIZE];
            }
            System.arraycopy(inner.texts(c), 0, texts, 0, c.n);
            computedFor = c.id;
        }
        return texts;
    }

    @Override
    long[] days(Chunk c) {
        if (computedFor != c.id) {
            if (days == null) {
                days = new long[Chunk.SIZE];
            }
            System.arraycopy(inner.days(c), 0, days, 0, c.n);
            computedFor = c.id;
        }
        return days;
    }

    // In a kernel a let is a per-row local, computed once before its first use.
    @Override KernelSource.Row rowNumber(KernelSource s) { return s.let(this, "double", () -> inner.rowNumber(s)); }
    @Override KernelSource.Row rowBool(KernelSource s) { return s.let(this, "int", () -> inner.rowBool(s)); }
    @Override KernelSource.Row rowText(KernelSource s) { return s.let(this, "String", () -> inner.rowText(s)); }
    @Override KernelSource.Row rowDays(KernelSource s) { return s.let(this, "long", () -> inner.rowDays(s)); }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        return v.let(this, false, () -> inner.vecNumber(v));
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        return v.let(this, true, () -> inner.vecBool(v));
    }
}
