package org.xiandao.core.policy.bulk;

/** if(condition, a, b): an unknown condition gives a when a and b agree, unknown otherwise. */
final class If extends Node {
    private final Node cond;
    private final Node a;
    private final Node b;
    private final double[] nums = new double[Chunk.SIZE];
    private final byte[] bools = new byte[Chunk.SIZE];

    If(Node cond, Node a, Node b) {
        this.cond = cond;
        this.a = a;
        this.b = b;
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        KernelSource.Row k = cond.rowBool(s);
        KernelSource.Row x = a.rowNumber(s);
        KernelSource.Row y = b.rowNumber(s);
        boolean finite = x.finite() && y.finite();
        boolean zero = x.zero() || y.zero();
        if (k.unknown()) {
            return new KernelSource.Row("ifNumber(" + k.code() + ", " + x.code() + ", " + y.code() + ")", true, false, zero);
        }
        return new KernelSource.Row("select(" + k.code() + ", " + x.code() + ", " + y.code() + ")", x.unknown() || y.unknown(), finite, zero);
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        KernelSource.Row k = cond.rowBool(s);
        KernelSource.Row x = a.rowBool(s);
        KernelSource.Row y = b.rowBool(s);
        return KernelSource.Row.condition("ifBool(" + k.code() + ", " + x.code() + ", " + y.code() + ")",
                k.unknown() || x.unknown() || y.unknown());
    }

    @Override
    double[] numbers(Chunk c) {
        byte[] k = cond.bools(c);
        double[] x = a.numbers(c);
        double[] y = b.numbers(c);
        int n = c.n;
        int unknown = 0;
        for (int i = 0; i < n; i++) {
            // Select by bit mask (TRUE = 2 gives all ones, FALSE and UNKNOWN give none): no branch.
            long mask = -(long) (k[i] >> 1);
            nums[i] = Double.longBitsToDouble((Double.doubleToRawLongBits(x[i]) & mask) | (Double.doubleToRawLongBits(y[i]) & ~mask));
            unknown |= k[i] & 1;
        }
        if (unknown != 0) {
            for (int i = 0; i < n; i++) {
                if (k[i] == UNKNOWN) {
                    // Double.equals semantics, as the interpreter compares boxed values: NaN equals NaN.
                    nums[i] = Double.doubleToLongBits(x[i]) == Double.doubleToLongBits(y[i]) ? x[i] : Double.NaN;
                }
            }
        }
        return nums;
    }

    @Override
    byte[] bools(Chunk c) {
        byte[] k = cond.bools(c);
        byte[] x = a.bools(c);
        byte[] y = b.bools(c);
        for (int i = 0; i < c.n; i++) {
            bools[i] = k[i] == TRUE ? x[i] : k[i] == FALSE ? y[i] : x[i] == y[i] ? x[i] : UNKNOWN;
        }
        return bools;
    }

    /** The condition's lanes; an unknown condition's rule (agreeing branches) has no lane form. */
    private VectorSource.Lanes knownCondition(VectorSource v) {
        VectorSource.Lanes k = cond.vecBool(v);
        if (k.unknown() != null) {
            throw new KernelSource.CannotFuse("if on a condition that can be unknown");
        }
        return k;
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        VectorSource.Lanes k = knownCondition(v);
        VectorSource.Lanes x = a.vecNumber(v);
        VectorSource.Lanes y = b.vecNumber(v);
        return new VectorSource.Lanes(y.code() + ".blend(" + x.code() + ", " + k.code() + ")", null,
                x.nan() || y.nan(), x.finite() && y.finite(), x.zero() || y.zero());
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        VectorSource.Lanes key = v.tempCondition(knownCondition(v));
        VectorSource.Lanes x = a.vecBool(v);
        VectorSource.Lanes y = b.vecBool(v);
        String holds = key.code() + ".and(" + x.code() + ").or(" + key.code() + ".not().and(" + y.code() + "))";
        String unknown = x.unknown() == null && y.unknown() == null ? null
                : key.code() + ".and(" + (x.unknown() == null ? "vfalse" : x.unknown()) + ").or(" + key.code() + ".not().and("
                + (y.unknown() == null ? "vfalse" : y.unknown()) + "))";
        return VectorSource.Lanes.condition(holds, unknown);
    }
}
