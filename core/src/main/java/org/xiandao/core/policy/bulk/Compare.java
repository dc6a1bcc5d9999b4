package org.xiandao.core.policy.bulk;

import java.util.Arrays;
import java.util.List;

/** >=, <=, >, <, == and != on numbers; unknown when either side is. */
final class Compare extends Node {
    private static final int GE = 0;
    private static final int LE = 1;
    private static final int GT = 2;
    private static final int LT = 3;
    private static final int EQ = 4;
    private static final int NE = 5;

    /** By op: the operator, and the kernel helper that also handles unknown sides. */
    private static final String[] OPERATORS = {">=", "<=", ">", "<", "==", "!="};
    private static final String[] HELPERS = {"ge", "le", "gt", "lt", "eq", "ne"};

    private final int op;
    private final Node left;
    private final Node right;
    private final byte[] out = new byte[Chunk.SIZE];

    Compare(String op, Node left, Node right) {
        this.op = List.of(OPERATORS).indexOf(op);
        this.left = left;
        this.right = right;
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        KernelSource.Row l = left.rowNumber(s);
        KernelSource.Row r = right.rowNumber(s);
        if (l.unknown() || r.unknown()) {
            return KernelSource.Row.condition(HELPERS[op] + "(" + l.code() + ", " + r.code() + ")", true);
        }
        // Neither side can be NaN in this population. When at most one side can be infinite, a - b is never
        // NaN and its sign bit orders the two: no branch to mispredict (see "less" in KernelSource).
        if (op <= LT && (l.finite() || r.finite())) {
            String a = l.code();
            String b = r.code();
            return KernelSource.Row.condition(switch (op) {
                case GE -> "(2 - less(" + a + ", " + b + "))";
                case LE -> "(2 - less(" + b + ", " + a + "))";
                case GT -> "less(" + b + ", " + a + ")";
                default -> "less(" + a + ", " + b + ")";
            }, false);
        }
        return KernelSource.Row.condition("(" + l.code() + " " + OPERATORS[op] + " " + r.code() + " ? 2 : 0)", false);
    }

    @Override
    byte[] bools(Chunk c) {
        int n = c.n;
        double[] lc = left.column();
        double[] l = lc != null ? lc : left.numbers(c);
        int lo = lc != null ? c.start : 0;
        if (right instanceof ConstNumber k) {
            compareToConstant(l, lo, k.value, n);
            return out;
        }
        double[] rc = right.column();
        double[] r = rc != null ? rc : right.numbers(c);
        int ro = rc != null ? c.start : 0;
        // Branch-free: 2 × (relation holds) + 1 × (either side unknown); a NaN makes every relation
        // false, so an unknown row comes out as exactly UNKNOWN (1). Random data defeats branch prediction.
        switch (op) {
            case GE -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; double b = r[ro + i]; out[i] = (byte) ((a >= b ? 2 : 0) | (a != a || b != b ? 1 : 0)); } }
            case LE -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; double b = r[ro + i]; out[i] = (byte) ((a <= b ? 2 : 0) | (a != a || b != b ? 1 : 0)); } }
            case GT -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; double b = r[ro + i]; out[i] = (byte) ((a > b ? 2 : 0) | (a != a || b != b ? 1 : 0)); } }
            case LT -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; double b = r[ro + i]; out[i] = (byte) ((a < b ? 2 : 0) | (a != a || b != b ? 1 : 0)); } }
            case EQ -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; double b = r[ro + i]; out[i] = (byte) ((a == b ? 2 : 0) | (a != a || b != b ? 1 : 0)); } }
            default -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; double b = r[ro + i]; out[i] = (byte) ((a < b || a > b ? 2 : 0) | (a != a || b != b ? 1 : 0)); } }
        }
        return out;
    }

    @Override
    void andInto(byte[] base, Chunk c) {
        if (!(right instanceof ConstNumber k) || k.value != k.value) {
            super.andInto(base, c);
            return;
        }
        // Compare and merge in one pass: the usual "eligible all" condition is "field op parameter".
        int n = c.n;
        double[] lc = left.column();
        double[] l = lc != null ? lc : left.numbers(c);
        int lo = lc != null ? c.start : 0;
        double v = k.value;
        switch (op) {
            case GE -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; base[i] = (byte) Math.min(base[i], (a >= v ? 2 : 0) | (a != a ? 1 : 0)); } }
            case LE -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; base[i] = (byte) Math.min(base[i], (a <= v ? 2 : 0) | (a != a ? 1 : 0)); } }
            case GT -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; base[i] = (byte) Math.min(base[i], (a > v ? 2 : 0) | (a != a ? 1 : 0)); } }
            case LT -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; base[i] = (byte) Math.min(base[i], (a < v ? 2 : 0) | (a != a ? 1 : 0)); } }
            default -> super.andInto(base, c);
        }
    }

    /** The usual shape, "field >= parameter": one array read per row. */
    private void compareToConstant(double[] l, int lo, double k, int n) {
        if (k != k) {
            Arrays.fill(out, 0, n, UNKNOWN);
            return;
        }
        switch (op) {
            case GE -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; out[i] = (byte) ((a >= k ? 2 : 0) | (a != a ? 1 : 0)); } }
            case LE -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; out[i] = (byte) ((a <= k ? 2 : 0) | (a != a ? 1 : 0)); } }
            case GT -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; out[i] = (byte) ((a > k ? 2 : 0) | (a != a ? 1 : 0)); } }
            case LT -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; out[i] = (byte) ((a < k ? 2 : 0) | (a != a ? 1 : 0)); } }
            case EQ -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; out[i] = (byte) ((a == k ? 2 : 0) | (a != a ? 1 : 0)); } }
            default -> { for (int i = 0; i < n; i++) { double a = l[lo + i]; out[i] = (byte) ((a < k || a > k ? 2 : 0) | (a != a ? 1 : 0)); } }
        }
    }

    private static final String[] LANE_OPERATORS = {"GE", "LE", "GT", "LT", "EQ", "NE"};

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        VectorSource.Lanes l = left.vecNumber(v);
        VectorSource.Lanes r = right.vecNumber(v);
        if (!l.nan() && !r.nan()) {
            return VectorSource.Lanes.condition(l.code() + ".compare(VectorOperators." + LANE_OPERATORS[op] + ", " + r.code() + ")", null);
        }
        VectorSource.Lanes a = v.temp(l);
        VectorSource.Lanes b = v.temp(r);
        String unknown = (l.nan() ? a.code() + ".compare(VectorOperators.NE, " + a.code() + ")" : "")
                + (l.nan() && r.nan() ? ".or(" : "") + (r.nan() ? b.code() + ".compare(VectorOperators.NE, " + b.code() + ")" : "") + (l.nan() && r.nan() ? ")" : "");
        VectorSource.Lanes nan = v.tempCondition(VectorSource.Lanes.condition(unknown, null));
        // Every relation but != is false on NaN lanes already; != is true there, and unknown wins.
        String holds = a.code() + ".compare(VectorOperators." + LANE_OPERATORS[op] + ", " + b.code() + ")" + (op == NE ? ".and(" + nan.code() + ".not())" : "");
        return VectorSource.Lanes.condition(holds, nan.code());
    }
}
