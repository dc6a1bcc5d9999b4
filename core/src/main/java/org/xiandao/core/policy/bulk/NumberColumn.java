package org.xiandao.core.policy.bulk;

/** A numeric field of the population, read in place. */
final class NumberColumn extends Node {
    private final String name;
    private final double[] column;
    private final double[] out = new double[Chunk.SIZE];

    NumberColumn(String name, double[] column) {
        this.name = name;
        this.column = column;
    }

    @Override
    double[] numbers(Chunk c) {
        System.arraycopy(column, c.start, out, 0, c.n);
        return out;
    }

    @Override
    double[] column() {
        return column;
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        return s.column(name, column);
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        return v.column(name, column);
    }
}
