package org.xiandao.core.policy.bulk;

import java.util.Arrays;

/** A condition known when the policy is compiled, often one folded from constants. */
final class ConstBool extends Node {
    final byte value;
    private final byte[] out = new byte[Chunk.SIZE];

    ConstBool(byte value) {
        this.value = value;
        Arrays.fill(out, value);
    }

    @Override
    byte[] bools(Chunk c) {
        return out;
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        return KernelSource.Row.condition(Integer.toString(value), value == UNKNOWN);
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        return VectorSource.Lanes.condition((value == TRUE ? "vtrue" : "vfalse"), value == UNKNOWN ? "vtrue" : null);
    }
}
