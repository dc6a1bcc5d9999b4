package org.xiandao.core.policy.bulk;

/** The founding date, as epoch days. */
final class DateColumn extends Node {
    private final long[] column;
    private final long[] out = new long[Chunk.SIZE];

    DateColumn(long[] column) {
        this.column = column;
    }

    @Override
    long[] days(Chunk c) {
        System.arraycopy(column, c.start, out, 0, c.n);
        return out;
    }

    @Override
    long[] dayColumn() {
        return column;
    }

    @Override
    KernelSource.Row rowDays(KernelSource s) {
        return s.foundedColumn(column);
    }
}
