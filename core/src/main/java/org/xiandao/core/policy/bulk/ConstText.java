package org.xiandao.core.policy.bulk;

import java.util.Arrays;

/** A text literal. */
final class ConstText extends Node {
    private final String[] out = new String[Chunk.SIZE];

    ConstText(String value) {
        Arrays.fill(out, value);
    }

    @Override
    String[] texts(Chunk c) {
        return out;
    }

    @Override
    KernelSource.Row rowText(KernelSource s) {
        return KernelSource.Row.condition(s.input(out[0], "String"), out[0] == null);
    }
}
