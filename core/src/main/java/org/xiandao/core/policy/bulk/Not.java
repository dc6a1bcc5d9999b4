package org.xiandao.core.policy.bulk;

/** Kleene not: 2 − x in the 0/1/2 encoding, so unknown stays unknown. */
final class Not extends Node {
    private final Node operand;
    private final byte[] out = new byte[Chunk.SIZE];

    Not(Node operand) {
        this.operand = operand;
    }

    @Override
    byte[] bools(Chunk c) {
        byte[] v = operand.bools(c);
        for (int i = 0; i < c.n; i++) {
            out[i] = (byte) (TRUE - v[i]);
        }
        return out;
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        KernelSource.Row x = operand.rowBool(s);
        return KernelSource.Row.condition("(2 - " + x.code() + ")", x.unknown());
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        VectorSource.Lanes x = operand.vecBool(v);
        // Not false where it held or was unknown; unknown stays unknown.
        String notFalse = x.unknown() == null ? x.code() : x.code() + ".or(" + x.unknown() + ")";
        return VectorSource.Lanes.condition(notFalse + ".not()", x.unknown());
    }
}
