package org.xiandao.core.policy.bulk;

/** A text field of the population (district, park, funding stage). */
final class TextColumn extends Node {
    private final String[] column;
    private final String[] out = new String[Chunk.SIZE];

    TextColumn(String[] column) {
        this.column = column;
    }

    @Override
    String[] texts(Chunk c) {
        System.arraycopy(column, c.start, out, 0, c.n);
        return out;
    }

    @Override
    KernelSource.Row rowText(KernelSource s) {
        return KernelSource.Row.condition(s.input(column, "String[]") + "[" + KernelSource.ROW + "]", true);
    }
}
