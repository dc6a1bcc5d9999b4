package org.xiandao.core.policy.bulk;

import java.util.Arrays;

/** A band: the first row whose bound the subject reaches (at least) or stays under (below). */
final class Band extends Node {
    private final Node subject;
    private final Node[] bounds;
    private final boolean[] atLeast;
    private final Node[] values;
    private final Node otherwise;
    private final double[] nums = new double[Chunk.SIZE];
    private final byte[] bools = new byte[Chunk.SIZE];
    private final double[] subjectCopy = new double[Chunk.SIZE];
    private final int[] which = new int[Chunk.SIZE];

    /** The bounds when all are constants (parameters and literals, as in every rulebook table); else null. */
    private final double[] constantBounds;

    Band(Node subject, Node[] bounds, boolean[] atLeast, Node[] values, Node otherwise) {
        this.subject = subject;
        this.bounds = bounds;
        this.atLeast = atLeast;
        this.values = values;
        this.otherwise = otherwise;
        double[] cb = new double[bounds.length];
        boolean allConstant = true;
        for (int r = 0; r < bounds.length; r++) {
            if (bounds[r] instanceof ConstNumber k && !Double.isNaN(k.value)) {
                cb[r] = k.value;
            } else {
                allConstant = false;
            }
        }
        this.constantBounds = allConstant ? cb : null;
        boolean descending = allConstant;
        for (int r = 0; r < bounds.length && descending; r++) {
            descending = atLeast[r] && (r == 0 || cb[r] < cb[r - 1]);
        }
        this.descending = descending;
        boolean constantValuesOnly = otherwise instanceof ConstNumber;
        for (Node v : values) {
            constantValuesOnly &= v instanceof ConstNumber;
        }
        if (constantValuesOnly) {
            constantValues = new double[values.length + 1];
            for (int r = 0; r < values.length; r++) {
                constantValues[r] = ((ConstNumber) values[r]).value;
            }
            constantValues[values.length] = ((ConstNumber) otherwise).value;
        }
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        KernelSource.Row x = subjectLocal(s);
        String missing = x.unknown() ? "(" + x.code() + " != " + x.code() + ") ? Double.NaN : " : "";
        if (descending && constantValues != null) {
            // The points table as in countedTable: the row is the number of bounds above the subject.
            StringBuilder row = new StringBuilder();
            for (double bound : constantBounds) {
                row.append(row.length() == 0 ? "" : " + ").append("below(").append(x.code()).append(", ").append(s.constant(bound)).append(")");
            }
            boolean finite = true;
            boolean nan = false;
            for (double v : constantValues) {
                finite &= Double.isFinite(v);
                nan |= Double.isNaN(v);
            }
            return new KernelSource.Row("(" + missing + s.input(constantValues, "double[]") + "[" + row + "])", x.unknown() || nan,
                    finite && !x.unknown(), true);
        }
        KernelSource.Row[] v = new KernelSource.Row[values.length + 1];
        boolean unknown = x.unknown();
        boolean finite = true;
        for (int r = 0; r <= values.length; r++) {
            v[r] = r < values.length ? values[r].rowNumber(s) : otherwise.rowNumber(s);
            unknown |= v[r].unknown();
            finite &= v[r].finite();
        }
        return new KernelSource.Row("(" + missing + firstRow(s, x.code(), v) + ")", unknown, finite && !unknown, true);
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        KernelSource.Row x = subjectLocal(s);
        KernelSource.Row[] v = new KernelSource.Row[values.length + 1];
        boolean unknown = x.unknown();
        for (int r = 0; r <= values.length; r++) {
            v[r] = r < values.length ? values[r].rowBool(s) : otherwise.rowBool(s);
            unknown |= v[r].unknown();
        }
        String missing = x.unknown() ? "(" + x.code() + " != " + x.code() + ") ? 1 : " : "";
        return KernelSource.Row.condition("(" + missing + firstRow(s, x.code(), v) + ")", unknown);
    }

    private KernelSource.Row subjectLocal(KernelSource s) {
        if (constantBounds == null) {
            throw new KernelSource.CannotFuse("a band with computed bounds");
        }
        return s.temp("double", subject.rowNumber(s));
    }

    /** The first row whose bound the subject reaches (or stays under) takes its value; else the last. */
    private String firstRow(KernelSource s, String x, KernelSource.Row[] v) {
        StringBuilder e = new StringBuilder();
        for (int r = 0; r < v.length - 1; r++) {
            e.append("(").append(x).append(atLeast[r] ? " >= " : " < ").append(s.constant(constantBounds[r])).append(") ? ")
                    .append(v[r].code()).append(" : ");
        }
        return e.append(v[v.length - 1].code()).toString();
    }

    /** "at least 30%: …, at least 25%: …, …": the row is the number of bounds above the subject. */
    private final boolean descending;
    /** Row values then the else value, when all are constants (points tables); else null. */
    private double[] constantValues;

    /** A points table in passes over the chunk: one per bound, counting, then one lookup. */
    private double[] countedTable(Chunk c) {
        double[] sc = subject.column();
        double[] s = sc != null ? sc : subject.numbers(c);
        int so = sc != null ? c.start : 0;
        int n = c.n;
        int rows = constantBounds.length;
        double[] b = constantBounds;
        double[] table = constantValues;
        // Bounds stay in registers and the row count in a local: one pass, no index array.
        for (int i = 0; i < n; i++) {
            double x = s[so + i];
            int w = 0;
            for (int r = 0; r < rows; r++) {
                // The sign bit of (x - bound) + 0.0 is set exactly when x < bound (+0.0 turns -0.0
                // into +0.0); a branch here would be mispredicted on half the rows.
                w += (int) (Double.doubleToRawLongBits((x - b[r]) + 0.0) >>> 63);
            }
            nums[i] = x != x ? Double.NaN : table[w];
        }
        return nums;
    }

    private int[] pickConstant(Chunk c) {
        double[] s = subject.numbers(c);
        int rows = constantBounds.length;
        if (descending) {
            int n = c.n;
            for (int i = 0; i < n; i++) {
                which[i] = 0;
            }
            for (int r = 0; r < rows; r++) {
                double bound = constantBounds[r];
                for (int i = 0; i < n; i++) {
                    // The sign bit of (s - bound) + 0.0 is set exactly when s < bound (adding +0.0 turns
                    // -0.0 into +0.0); unknown subjects are set to -1 below. No branch to mispredict.
                    which[i] += (int) (Double.doubleToRawLongBits((s[i] - bound) + 0.0) >>> 63);
                }
            }
            for (int i = 0; i < n; i++) {
                which[i] = s[i] != s[i] ? -1 : which[i];
            }
            return which;
        }
        for (int i = 0; i < c.n; i++) {
            which[i] = rows;
        }
        // Rows from last to first, so the first matching row wins, without a data-dependent branch.
        for (int r = rows - 1; r >= 0; r--) {
            double bound = constantBounds[r];
            if (atLeast[r]) {
                for (int i = 0; i < c.n; i++) {
                    which[i] = s[i] >= bound ? r : which[i];
                }
            } else {
                for (int i = 0; i < c.n; i++) {
                    which[i] = s[i] < bound ? r : which[i];
                }
            }
        }
        for (int i = 0; i < c.n; i++) {
            which[i] = s[i] != s[i] ? -1 : which[i];
        }
        return which;
    }

    /** For each row, which value it takes: a row index, values.length for else, -1 for unknown. */
    private int[] pick(Chunk c) {
        if (constantBounds != null) {
            return pickConstant(c);
        }
        double[] s = subjectCopy;
        System.arraycopy(subject.numbers(c), 0, s, 0, c.n);
        Arrays.fill(which, 0, c.n, Integer.MIN_VALUE);
        for (int i = 0; i < c.n; i++) {
            if (Double.isNaN(s[i])) {
                which[i] = -1;
            }
        }
        for (int r = 0; r < bounds.length; r++) {
            double[] b = bounds[r].numbers(c);
            for (int i = 0; i < c.n; i++) {
                if (which[i] != Integer.MIN_VALUE) {
                    continue;
                }
                if (Double.isNaN(b[i])) {
                    which[i] = -1;
                } else if (atLeast[r] ? s[i] >= b[i] : s[i] < b[i]) {
                    which[i] = r;
                }
            }
        }
        for (int i = 0; i < c.n; i++) {
            if (which[i] == Integer.MIN_VALUE) {
                which[i] = values.length;
            }
        }
        return which;
    }

    @Override
    double[] numbers(Chunk c) {
        if (constantBounds != null && descending && constantValues != null) {
            return countedTable(c);
        }
        int[] which = pick(c);
        // Each value node owns its buffer and no other node writes it, so no copies are needed.
        double[][] v = new double[values.length + 1][];
        for (int r = 0; r < values.length; r++) {
            v[r] = values[r].numbers(c);
        }
        v[values.length] = otherwise.numbers(c);
        for (int i = 0; i < c.n; i++) {
            nums[i] = which[i] < 0 ? Double.NaN : v[which[i]][i];
        }
        return nums;
    }

    @Override
    byte[] bools(Chunk c) {
        int[] which = pick(c);
        byte[][] v = new byte[values.length + 1][];
        for (int r = 0; r < values.length; r++) {
            v[r] = values[r].bools(c);
        }
        v[values.length] = otherwise.bools(c);
        for (int i = 0; i < c.n; i++) {
            bools[i] = which[i] < 0 ? UNKNOWN : v[which[i]][i];
        }
        return bools;
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        if (constantBounds == null) {
            throw new KernelSource.CannotFuse("a band with computed bounds");
        }
        VectorSource.Lanes x = v.temp(subject.vecNumber(v));
        // From the last row to the first, so that the first row whose bound matches has the last word.
        VectorSource.Lanes other = otherwise.vecNumber(v);
        String e = other.code();
        boolean nan = x.nan() || other.nan();
        boolean finite = other.finite();
        for (int r = values.length - 1; r >= 0; r--) {
            VectorSource.Lanes value = values[r].vecNumber(v);
            nan |= value.nan();
            finite &= value.finite();
            e = e + ".blend(" + value.code() + ", " + x.code() + ".compare(VectorOperators." + (atLeast[r] ? "GE" : "LT") + ", "
                    + v.broadcast(constantBounds[r]) + "))";
        }
        if (x.nan()) {
            e = e + ".blend(vnan, " + x.code() + ".compare(VectorOperators.NE, " + x.code() + "))";
        }
        return new VectorSource.Lanes(e, null, nan, finite && !nan, true);
    }
}
