package org.xiandao.core.policy.bulk;

/** Unary minus. */
final class Negate extends Node {
    private final Node operand;
    private final double[] out = new double[Chunk.SIZE];

    Negate(Node operand) {
        this.operand = operand;
    }

    @Override
    double[] numbers(Chunk c) {
        double[] v = operand.numbers(c);
        for (int i = 0; i < c.n; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        KernelSource.Row x = operand.rowNumber(s);
        return new KernelSource.Row("(-" + x.code() + ")", x.unknown(), x.finite(), x.zero());
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        VectorSource.Lanes x = operand.vecNumber(v);
        return new VectorSource.Lanes(x.code() + ".neg()", null, x.nan(), x.finite(), x.zero());
    }
}
