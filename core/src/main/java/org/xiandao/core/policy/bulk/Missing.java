package org.xiandao.core.policy.bulk;

import java.util.Arrays;

/** An input the population does not hold: unknown for every row. */
final class Missing extends Node {
    private final double[] nums = new double[Chunk.SIZE];
    private final byte[] bools = new byte[Chunk.SIZE];
    private final String[] texts = new String[Chunk.SIZE];
    private final long[] days = new long[Chunk.SIZE];

    Missing() {
        Arrays.fill(nums, Double.NaN);
        Arrays.fill(bools, UNKNOWN);
        Arrays.fill(days, Long.MIN_VALUE);
    }

    @Override double[] numbers(Chunk c) { return nums; }
    @Override byte[] bools(Chunk c) { return bools; }
    @Override String[] texts(Chunk c) { return texts; }
    @Override long[] days(Chunk c) { return days; }
    @Override KernelSource.Row rowNumber(KernelSource s) { return new KernelSource.Row("Double.NaN", true, false, false); }
    @Override KernelSource.Row rowBool(KernelSource s) { return KernelSource.Row.condition("1", true); }
    @Override KernelSource.Row rowText(KernelSource s) { return KernelSource.Row.condition("((String) null)", true); }
    @Override KernelSource.Row rowDays(KernelSource s) { return KernelSource.Row.condition("Long.MIN_VALUE", true); }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        return new VectorSource.Lanes("vnan", null, true, false, false);
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        return VectorSource.Lanes.condition("vfalse", "vtrue");
    }
}
