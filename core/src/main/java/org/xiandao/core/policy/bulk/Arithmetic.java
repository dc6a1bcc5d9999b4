package org.xiandao.core.policy.bulk;

/** +, −, × and ÷; division by zero is unknown (NaN), as in the interpreter. */
final class Arithmetic extends Node {
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

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        VectorSource.Lanes l = left.vecNumber(v);
        VectorSource.Lanes r = right.vecNumber(v);
        boolean unknown = l.nan() || r.nan();
        return switch (op) {
            case '+' -> new VectorSource.Lanes(l.code() + ".add(" + r.code() + ")", null, unknown || !l.finite() && !r.finite(), false, true);
            case '-' -> new VectorSource.Lanes(l.code() + ".sub(" + r.code() + ")", null, unknown || !l.finite() && !r.finite(), false, true);
            case '*' -> new VectorSource.Lanes(l.code() + ".mul(" + r.code() + ")", null,
                    unknown || !l.finite() && r.zero() || l.zero() && !r.finite(), false, true);
            default -> {
                if (!r.zero()) {
                    yield new VectorSource.Lanes(l.code() + ".div(" + r.code() + ")", null, unknown || !l.finite() && !r.finite(), false, true);
                }
                // Division by zero is unknown: NaN in the lanes whose divisor is zero.
                VectorSource.Lanes divisor = v.temp(r);
                yield new VectorSource.Lanes(l.code() + ".div(" + divisor.code() + ").blend(vnan, " + divisor.code()
                        + ".compare(VectorOperators.EQ, 0.0))", null, true, false, true);
            }
        };
    }
}
