package org.xiandao.core.policy.bulk;

import java.util.List;

/** min(…) and max(…) of numbers. */
final class MinMax extends Node {
    private final boolean min;
    private final List<Node> args;
    private final double[] out = new double[Chunk.SIZE];

    MinMax(boolean min, List<Node> args) {
        this.min = min;
        this.args = args;
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        KernelSource.Row e = args.get(0).rowNumber(s);
        for (int k = 1; k < args.size(); k++) {
            KernelSource.Row x = args.get(k).rowNumber(s);
            e = new KernelSource.Row("Math." + (min ? "min" : "max") + "(" + e.code() + ", " + x.code() + ")",
                    e.unknown() || x.unknown(), e.finite() && x.finite(), e.zero() || x.zero());
        }
        return e;
    }

    @Override
    double[] numbers(Chunk c) {
        System.arraycopy(args.get(0).numbers(c), 0, out, 0, c.n);
        for (int k = 1; k < args.size(); k++) {
            double[] v = args.get(k).numbers(c);
            for (int i = 0; i < c.n; i++) {
                out[i] = min ? Math.min(out[i], v[i]) : Math.max(out[i], v[i]);
            }
        }
        return out;
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        VectorSource.Lanes e = args.get(0).vecNumber(v);
        for (int k = 1; k < args.size(); k++) {
            VectorSource.Lanes x = args.get(k).vecNumber(v);
            e = new VectorSource.Lanes(e.code() + (min ? ".min(" : ".max(") + x.code() + ")", null,
                    e.nan() || x.nan(), e.finite() && x.finite(), e.zero() || x.zero());
        }
        return e;
    }
}
