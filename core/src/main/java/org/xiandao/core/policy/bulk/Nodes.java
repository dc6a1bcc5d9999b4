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
    }

    static final class ConstBool extends Node {
        private final byte[] out = new byte[Chunk.SIZE];

        ConstBool(byte value) {
            Arrays.fill(out, value);
        }

        @Override
        byte[] bools(Chunk c) {
            return out;
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
    }

    static final class NumberColumn extends Node {
        private final double[] column;
        private final double[] out = new double[Chunk.SIZE];

        NumberColumn(double[] column) {
            this.column = column;
        }

        @Override
        double[] numbers(Chunk c) {
            System.arraycopy(column, c.start, out, 0, c.n);
            return out;
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
    }

    /** A let: computed once per chunk however many times it is used. */
    static final class Memo extends Node {
        Node inner;
        private long computedFor = -1;
        private Object buffer;

        @Override
        double[] numbers(Chunk c) {
            if (computedFor != c.id) {
                buffer = inner.numbers(c).clone();
                computedFor = c.id;
            }
            return (double[]) buffer;
        }

        @Override
        byte[] bools(Chunk c) {
            if (computedFor != c.id) {
                buffer = inner.bools(c).clone();
                computedFor = c.id;
            }
            return (byte[]) buffer;
        }

        @Override
        String[] texts(Chunk c) {
            if (computedFor != c.id) {
                buffer = inner.texts(c).clone();
                computedFor = c.id;
            }
            return (String[]) buffer;
        }

        @Override
        long[] days(Chunk c) {
            if (computedFor != c.id) {
                buffer = inner.days(c).clone();
                computedFor = c.id;
            }
            return (long[]) buffer;
        }
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
            double[] l = left.numbers(c);
            double[] r = right.numbers(c);
            switch (op) {
                case '+' -> { for (int i = 0; i < c.n; i++) out[i] = l[i] + r[i]; }
                case '-' -> { for (int i = 0; i < c.n; i++) out[i] = l[i] - r[i]; }
                case '*' -> { for (int i = 0; i < c.n; i++) out[i] = l[i] * r[i]; }
                default -> { for (int i = 0; i < c.n; i++) out[i] = r[i] == 0 ? Double.NaN : l[i] / r[i]; }
            }
            return out;
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

        @Override
        byte[] bools(Chunk c) {
            double[] l = left.numbers(c);
            double[] r = right.numbers(c);
            int n = c.n;
            // One loop per operator, so the comparison is not re-dispatched for every enterprise. Each
            // loop tests the relation and its complement; a NaN fails both and falls through to UNKNOWN.
            switch (op) {
                case GE -> { for (int i = 0; i < n; i++) out[i] = l[i] >= r[i] ? TRUE : l[i] < r[i] ? FALSE : UNKNOWN; }
                case LE -> { for (int i = 0; i < n; i++) out[i] = l[i] <= r[i] ? TRUE : l[i] > r[i] ? FALSE : UNKNOWN; }
                case GT -> { for (int i = 0; i < n; i++) out[i] = l[i] > r[i] ? TRUE : l[i] <= r[i] ? FALSE : UNKNOWN; }
                case LT -> { for (int i = 0; i < n; i++) out[i] = l[i] < r[i] ? TRUE : l[i] >= r[i] ? FALSE : UNKNOWN; }
                case EQ -> { for (int i = 0; i < n; i++) out[i] = l[i] == r[i] ? TRUE : l[i] < r[i] || l[i] > r[i] ? FALSE : UNKNOWN; }
                default -> { for (int i = 0; i < n; i++) out[i] = l[i] < r[i] || l[i] > r[i] ? TRUE : l[i] == r[i] ? FALSE : UNKNOWN; }
            }
            return out;
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
        double[] numbers(Chunk c) {
            byte[] k = cond.bools(c);
            double[] x = a.numbers(c);
            double[] y = b.numbers(c);
            for (int i = 0; i < c.n; i++) {
                // Double.equals semantics, as the interpreter compares boxed values: NaN equals NaN.
                nums[i] = k[i] == TRUE ? x[i] : k[i] == FALSE ? y[i]
                        : Double.valueOf(x[i]).equals(y[i]) ? x[i] : Double.NaN;
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
        double[] numbers(Chunk c) {
            long[] d = date.days(c);
            for (int i = 0; i < c.n; i++) {
                out[i] = d[i] == Long.MIN_VALUE ? Double.NaN : (c.dateEpochDay - d[i]) / 365.25;
            }
            return out;
        }
    }

    static final class InSegment extends Node {
        private final long[] mask;
        private final byte[] out = new byte[Chunk.SIZE];

        /** @param under the segment and everything below it, matched against each row's segment bitset */
        InSegment(List<String> segmentCodes, Set<String> under) {
            mask = new long[(segmentCodes.size() + 63) / 64];
            for (int i = 0; i < segmentCodes.size(); i++) {
                if (under.contains(segmentCodes.get(i))) {
                    mask[i >>> 6] |= 1L << (i & 63);
                }
            }
        }

        @Override
        byte[] bools(Chunk c) {
            long[] bits = c.population.segmentBits();
            int words = mask.length;
            for (int i = 0; i < c.n; i++) {
                int base = (c.start + i) * words;
                byte v = FALSE;
                for (int w = 0; w < words; w++) {
                    if ((bits[base + w] & mask[w]) != 0) {
                        v = TRUE;
                        break;
                    }
                }
                out[i] = v;
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
        }

        private int[] pickConstant(Chunk c) {
            double[] s = subject.numbers(c);
            int rows = constantBounds.length;
            for (int i = 0; i < c.n; i++) {
                double x = s[i];
                int w = rows;
                if (x != x) {
                    w = -1;
                } else {
                    for (int r = 0; r < rows; r++) {
                        if (atLeast[r] ? x >= constantBounds[r] : x < constantBounds[r]) {
                            w = r;
                            break;
                        }
                    }
                }
                which[i] = w;
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
