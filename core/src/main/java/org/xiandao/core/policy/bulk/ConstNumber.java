package org.xiandao.core.policy.bulk;

import java.util.Arrays;

/** A number known when the policy is compiled: a literal or a parameter's value on the date. */
final class ConstNumber extends Node {
    final double value;
    private final double[] out = new double[Chunk.SIZE];

    ConstNumber(double value) {
        this.value = value;
        Arrays.fill(out, value);
    }

    @Override
    double[] numbers(Chunk c) {
        return out;
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        return new KernelSource.Row(s.constant(value), Double.isNaN(value), Double.isFinite(value), value == 0);
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        return new VectorSource.Lanes(v.broadcast(value), null, Double.isNaN(value), Double.isFinite(value), value == 0);
    }
}
