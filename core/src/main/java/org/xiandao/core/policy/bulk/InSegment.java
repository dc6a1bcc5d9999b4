package org.xiandao.core.policy.bulk;

import java.util.List;
import java.util.Set;

/** in_segment(…): whether an enterprise belongs to a segment or anything below it, by its segment bitset. */
final class InSegment extends Node {
    private final long[] mask;
    private final long[] segmentBits;
    private final byte[] out = new byte[Chunk.SIZE];

    /**
     * @param segmentBits the population's segment bitsets, row after row
     * @param under the segment and everything below it, matched against each row's segment bitset
     */
    InSegment(List<String> segmentCodes, long[] segmentBits, Set<String> under) {
        this.segmentBits = segmentBits;
        mask = new long[(segmentCodes.size() + 63) / 64];
        for (int i = 0; i < segmentCodes.size(); i++) {
            if (under.contains(segmentCodes.get(i))) {
                mask[i >>> 6] |= 1L << (i & 63);
            }
        }
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        String bits = s.input(segmentBits, "long[]");
        StringBuilder any = new StringBuilder();
        for (int w = 0; w < mask.length; w++) {
            if (mask[w] != 0) {
                any.append(any.length() == 0 ? "" : " | ").append("(").append(bits).append("[").append(KernelSource.ROW)
                        .append(" * ").append(mask.length).append(" + ").append(w).append("] & ").append(s.constant(mask[w])).append(")");
            }
        }
        return KernelSource.Row.condition(any.length() == 0 ? "0" : "member(" + any + ")", false);
    }

    @Override
    byte[] bools(Chunk c) {
        long[] bits = segmentBits;
        int words = mask.length;
        int n = c.n;
        // Branch-free and unrolled for the usual one to three words (the taxonomy has under 192 segments).
        if (words == 1) {
            long m0 = mask[0];
            for (int i = 0, b = c.start; i < n; i++, b++) {
                out[i] = (bits[b] & m0) != 0 ? TRUE : FALSE;
            }
        } else if (words == 2) {
            long m0 = mask[0];
            long m1 = mask[1];
            for (int i = 0, b = c.start * 2; i < n; i++, b += 2) {
                out[i] = ((bits[b] & m0) | (bits[b + 1] & m1)) != 0 ? TRUE : FALSE;
            }
        } else if (words == 3) {
            long m0 = mask[0];
            long m1 = mask[1];
            long m2 = mask[2];
            for (int i = 0, b = c.start * 3; i < n; i++, b += 3) {
                out[i] = ((bits[b] & m0) | (bits[b + 1] & m1) | (bits[b + 2] & m2)) != 0 ? TRUE : FALSE;
            }
        } else {
            for (int i = 0; i < n; i++) {
                int base = (c.start + i) * words;
                long any = 0;
                for (int w = 0; w < words; w++) {
                    any |= bits[base + w] & mask[w];
                }
                out[i] = any != 0 ? TRUE : FALSE;
            }
        }
        return out;
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        // The population's membership column for this mask (made once and kept): gathering each row's
        // segment words is not vectorised on JDK 17.
        return VectorSource.Lanes.condition("DoubleVector.fromArray(S, " + v.segmentMembership(mask) + ", " + KernelSource.ROW
                + ").compare(VectorOperators.NE, 0.0)", null);
    }
}
