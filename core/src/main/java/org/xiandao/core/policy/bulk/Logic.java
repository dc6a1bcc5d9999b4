package org.xiandao.core.policy.bulk;

/** Kleene and/or: the minimum and maximum in the 0/1/2 encoding. */
final class Logic extends Node {
    private final boolean and;
    private final Node left;
    private final Node right;
    private final byte[] out = new byte[Chunk.SIZE];

    Logic(boolean and, Node left, Node right) {
        this.and = and;
        this.left = left;
        this.right = right;
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        KernelSource.Row l = left.rowBool(s);
        KernelSource.Row r = right.rowBool(s);
        return KernelSource.Row.condition("Math." + (and ? "min" : "max") + "(" + l.code() + ", " + r.code() + ")",
                l.unknown() || r.unknown());
    }

    @Override
    void andInto(byte[] base, Chunk c) {
        if (and) {
            left.andInto(base, c);
            right.andInto(base, c);
        } else {
            super.andInto(base, c);
        }
    }

    @Override
    byte[] bools(Chunk c) {
        byte[] l = left.bools(c);
        byte[] r = right.bools(c);
        if (and) {
            for (int i = 0; i < c.n; i++) {
                out[i] = (byte) Math.min(l[i], r[i]);
            }
        } else {
            for (int i = 0; i < c.n; i++) {
                out[i] = (byte) Math.max(l[i], r[i]);
            }
        }
        return out;
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        VectorSource.Lanes l = left.vecBool(v);
        VectorSource.Lanes r = right.vecBool(v);
        return and ? v.and(l, r) : v.or(l, r);
    }
}
