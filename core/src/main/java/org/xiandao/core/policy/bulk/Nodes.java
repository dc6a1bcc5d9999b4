package org.xiandao.core.policy.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The node kinds the compiler emits. Kept together because each is a few lines of array arithmetic. */
final class Nodes {

    // Three-valued logic encoded so that Kleene's and/or are min/max and not is 2 - x: no branches in
    // the hot loops. (The interpreter uses 1/0/-1; the encodings never meet.)
    static final byte FALSE = 0;
    static final byte UNKNOWN = 1;
    static final byte TRUE = 2;

    private Nodes() {
    }

    static final class ConstNumber extends Node {
        final double value;
        private final double[] out = new double[Chunk.SIZE];

        ConstNumber(double value) {
            this.value = value;
            Arrays.fill(out, value);
        }

        @Override
        double[] numbers(Chunk c) {
            return out;
        }

        @Override
        KernelSource.Row rowNumber(KernelSource s) {
            return new KernelSource.Row(s.constant(value), Double.isNaN(value), Double.isFinite(value), value == 0);
        }
    }

    static final class ConstBool extends Node {
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
    }

    static final class ConstText extends Node {
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

    static final class NumberColumn extends Node {
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
    }

    static final class TextColumn extends Node {
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

    static final class DateColumn extends Node {
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

    /** An input the population does not hold: unknown for every row. */
    static final class Missing extends Node {
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
    }

    /** A let's value, computed once per chunk into buffers it owns (no allocation per chunk). */
    static final class Memo extends Node {
        Node inner;
        private long computedFor = -1;
        private double[] numbers;
        private byte[] bools;
        private String[] texts;
        private long[] days;

        @Override
        double[] numbers(Chunk c) {
            // The inner node owns its buffer and only this memo evaluates it, so its output stays valid
            // for the whole chunk: no copy.
            if (computedFor != c.id) {
                numbers = inner.numbers(c);
                computedFor = c.id;
            }
            return numbers;
        }

        @Override
        double[] column() {
            return inner.column();
        }

        @Override
        byte[] bools(Chunk c) {
            if (computedFor != c.id) {
                bools = inner.bools(c);
                computedFor = c.id;
            }
            return bools;
        }

        @Override
        String[] texts(Chunk c) {
            if (computedFor != c.id) {
                if (texts == null) {
                    texts = new String[Chunk.SIZE];
                }
                System.arraycopy(inner.texts(c), 0, texts, 0, c.n);
                computedFor = c.id;
            }
            return texts;
        }

        @Override
        long[] days(Chunk c) {
            if (computedFor != c.id) {
                if (days == null) {
                    days = new long[Chunk.SIZE];
                }
                System.arraycopy(inner.days(c), 0, days, 0, c.n);
                computedFor = c.id;
            }
            return days;
        }

        // In a kernel a let is a per-row local, computed once before its first use.
        @Override KernelSource.Row rowNumber(KernelSource s) { return s.let(this, "double", () -> inner.rowNumber(s)); }
        @Override KernelSource.Row rowBool(KernelSource s) { return s.let(this, "int", () -> inner.rowBool(s)); }
        @Override KernelSource.Row rowText(KernelSource s) { return s.let(this, "String", () -> inner.rowText(s)); }
        @Override KernelSource.Row rowDays(KernelSource s) { return s.let(this, "long", () -> inner.rowDays(s)); }
    }

    static final class Negate extends Node {
        private final Node operand;
        private final double[] out = new double[Chunk.SIZE];

        Negate(Node operand) {
            this.operand = operand;
        }

        @Override
        double[] numbers(Chunk c) {
            double[] v = operand.numbers(c);
            for (int i = 0; i < c.n; i++) {
                out[i] = -v[i];
            }
            return out;
        }

        @Override
        KernelSource.Row rowNumber(KernelSource s) {
            KernelSource.Row x = operand.rowNumber(s);
            return new KernelSource.Row("(-" + x.code() + ")", x.unknown(), x.finite(), x.zero());
        }
    }

    static final class Not extends Node {
        private final Node operand;
        private final byte[] out = new byte[Chunk.SIZE];

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        byte[] bools(Chunk c) {
            byte[] v = operand.bools(c);
            for (int i = 0; i < c.n; i++) {
                out[i] = (byte) (TRUE - v[i]);
            }
            return out;
        }

        @Override
        KernelSource.Row rowBool(KernelSource s) {
            KernelSource.Row x = operand.rowBool(s);
            return KernelSource.Row.condition("(2 - " + x.code() + ")", x.unknown());
        }
    }

    static final class Arithmetic extends Node {
        private final char op;
        private final Node left;
        private final Node right;
        private final double[] out = new double[Chunk.SIZE];

        Arithmetic(String op, Node left, Node right) {
            this.op = op.charAt(0);
            this.left = left;
            this.right = right;
        }

        @Override
        double[] numbers(Chunk c) {
            int n = c.n;
            double[] lc = left.column();
            double[] l = lc != null ? lc : left.numbers(c);
            int lo = lc != null ? c.start : 0;
            double[] rc = right.column();
            double[] r = rc != null ? rc : right.numbers(c);
            int ro = rc != null ? c.start : 0;
            switch (op) {
                case '+' -> { for (int i = 0; i < n; i++) out[i] = l[lo + i] + r[ro + i]; }
                case '-' -> { for (int i = 0; i < n; i++) out[i] = l[lo + i] - r[ro + i]; }
                case '*' -> { for (int i = 0; i < n; i++) out[i] = l[lo + i] * r[ro + i]; }
                default -> {
                    // Divide everything first (a loop the JIT vectorises), then mark division by zero as
                    // unknown in a second, almost never taken, pass.
                    for (int i = 0; i < n; i++) {
                        out[i] = l[lo + i] / r[ro + i];
                    }
                    for (int i = 0; i < n; i++) {
                        if (r[ro + i] == 0) {
                            out[i] = Double.NaN;
                        }
                    }
                }
            }
            return out;
        }

        @Override
        KernelSource.Row rowNumber(KernelSource s) {
            KernelSource.Row l = left.rowNumber(s);
            KernelSource.Row r = right.rowNumber(s);
            boolean unknown = l.unknown() || r.unknown();
            String plain = "(" + l.code() + " " + op + " " + r.code() + ")";
            // What IEEE arithmetic can turn into NaN: ∞ − ∞, 0 × ∞, ∞ / ∞; and x / 0, which the policy
            // language makes unknown. Results are not known finite (overflow) and may be zero (underflow).
            return switch (op) {
                case '+', '-' -> new KernelSource.Row(plain, unknown || !l.finite() && !r.finite(), false, true);
                case '*' -> new KernelSource.Row(plain, unknown || !l.finite() && r.zero() || l.zero() && !r.finite(), false, true);
                default -> r.zero() ? new KernelSource.Row("div(" + l.code() + ", " + r.code() + ")", true, false, true)
                        : new KernelSource.Row(plain, unknown || !l.finite() && !r.finite(), false, true);
            };
        }
    }

    static final class Compare extends Node {
        private static final int GE = 0;
        private static final int LE = 1;
        private static final int GT = 2;
        private static final int LT = 3;
        private static final int EQ = 4;
        private static final int NE = 5;

        private final int op;
        private final Node left;
        private final Node right;
        private final byte[] out = new byte[Chunk.SIZE];

        Compare(String op, Node left, Node right) {
            this.op = List.of(">=", "<=", ">", "<", "==", "!=").indexOf(op);
            this.left = left;
            this.right = right;
        }

        private static final String[] HELPERS = {"ge", "le", "gt", "lt", "eq", "ne"};
        private static final String[] OPERATORS = {">=", "<=", ">", "<", "==", "!="};

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
    }

    /** == and != on texts or conditions. */
    static final class Equality extends Node {
        private final boolean equal;
        private final Node left;
        private final Node right;
        private final boolean bool;
        private final byte[] out = new byte[Chunk.SIZE];

        Equality(boolean equal, Node left, Node right, boolean bool) {
            this.equal = equal;
            this.left = left;
            this.right = right;
            this.bool = bool;
        }

        @Override
        KernelSource.Row rowBool(KernelSource s) {
            KernelSource.Row l = bool ? left.rowBool(s) : left.rowText(s);
            KernelSource.Row r = bool ? right.rowBool(s) : right.rowText(s);
            return KernelSource.Row.condition((bool ? "boolEquals(" : "textEquals(") + l.code() + ", " + r.code() + ", " + equal + ")",
                    l.unknown() || r.unknown());
        }

        @Override
        byte[] bools(Chunk c) {
            if (bool) {
                byte[] l = left.bools(c);
                byte[] r = right.bools(c);
                for (int i = 0; i < c.n; i++) {
                    out[i] = l[i] == UNKNOWN || r[i] == UNKNOWN ? UNKNOWN : (l[i] == r[i]) == equal ? TRUE : FALSE;
                }
            } else {
                String[] l = left.texts(c);
                String[] r = right.texts(c);
                for (int i = 0; i < c.n; i++) {
                    out[i] = l[i] == null || r[i] == null ? UNKNOWN : l[i].equals(r[i]) == equal ? TRUE : FALSE;
                }
            }
            return out;
        }
    }

    static final class Logic extends Node {
        private final boolean and;
        private final Node left;
        private final Node right;
        private final byte[] out = new byte[Chunk.SIZE];

        Logic(boolean and, Node left, Node right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        KernelSource.Row rowBool(KernelSource s) {
            KernelSource.Row l = left.rowBool(s);
            KernelSource.Row r = right.rowBool(s);
            return KernelSource.Row.condition("Math." + (and ? "min" : "max") + "(" + l.code() + ", " + r.code() + ")",
                    l.unknown() || r.unknown());
        }

        @Override
        void andInto(byte[] base, Chunk c) {
            if (and) {
                left.andInto(base, c);
                right.andInto(base, c);
            } else {
                super.andInto(base, c);
            }
        }

        @Override
        byte[] bools(Chunk c) {
            byte[] l = left.bools(c);
            byte[] r = right.bools(c);
            if (and) {
                for (int i = 0; i < c.n; i++) {
                    out[i] = (byte) Math.min(l[i], r[i]);
                }
            } else {
                for (int i = 0; i < c.n; i++) {
                    out[i] = (byte) Math.max(l[i], r[i]);
                }
            }
            return out;
        }
    }

    static byte and(byte a, byte b) {
        return (byte) Math.min(a, b);
    }

    static byte or(byte a, byte b) {
        return (byte) Math.max(a, b);
    }

    static final class MinMax extends Node {
        private final boolean min;
        private final List<Node> args;
        private final double[] out = new double[Chunk.SIZE];

        MinMax(boolean min, List<Node> args) {
            this.min = min;
            this.args = args;
        }

        @Override
        KernelSource.Row rowNumber(KernelSource s) {
            KernelSource.Row e = args.get(0).rowNumber(s);
            for (int k = 1; k < args.size(); k++) {
                KernelSource.Row x = args.get(k).rowNumber(s);
                e = new KernelSource.Row("Math." + (min ? "min" : "max") + "(" + e.code() + ", " + x.code() + ")",
                        e.unknown() || x.unknown(), e.finite() && x.finite(), e.zero() || x.zero());
            }
            return e;
        }

        @Override
        double[] numbers(Chunk c) {
            System.arraycopy(args.get(0).numbers(c), 0, out, 0, c.n);
            for (int k = 1; k < args.size(); k++) {
                double[] v = args.get(k).numbers(c);
                for (int i = 0; i < c.n; i++) {
                    out[i] = min ? Math.min(out[i], v[i]) : Math.max(out[i], v[i]);
                }
            }
            return out;
        }
    }

    /** if(condition, a, b): an unknown condition gives a when a and b agree, unknown otherwise. */
    static final class If extends Node {
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
    }

    static final class YearsSince extends Node {
        private final Node date;
        private final double[] out = new double[Chunk.SIZE];

        YearsSince(Node date) {
            this.date = date;
        }

        @Override
        KernelSource.Row rowNumber(KernelSource s) {
            KernelSource.Row d = date.rowDays(s);
            return d.unknown() ? new KernelSource.Row("years(" + d.code() + ", " + s.today() + ")", true, false, true)
                    : new KernelSource.Row("((" + s.today() + " - " + d.code() + ") / 365.25)", false, true, true);
        }

        @Override
        double[] numbers(Chunk c) {
            long[] dc = date.dayColumn();
            long[] d = dc != null ? dc : date.days(c);
            int o = dc != null ? c.start : 0;
            long today = c.dateEpochDay;
            for (int i = 0; i < c.n; i++) {
                long day = d[o + i];
                out[i] = day == Long.MIN_VALUE ? Double.NaN : (today - day) / 365.25;
            }
            return out;
        }
    }

    static final class InSegment extends Node {
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
    }

    /** A band: the first row whose bound the subject reaches (at least) or stays under (below). */
    static final class Band extends Node {
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
    }
}
