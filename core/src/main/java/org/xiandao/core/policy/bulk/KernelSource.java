package org.xiandao.core.policy.bulk;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.enterprise.Population;

/**
 * Writes the Java source of a {@link org.xiandao.core.policy.bulk.internal.ConditionKernel}: a policy's
 * conditions as one expression per row inside one loop, so each row's values stay in registers instead
 * of passing through a chunk-sized array per operator. Nodes contribute their row expressions
 * ({@link Node#rowNumber} and friends); a node that has none makes the policy fall back to the array
 * path.
 *
 * <p>The source holds no parameter values: they, the columns and the segment masks are constructor inputs
 * copied into locals, so a generated class is reused across dates and scenarios wherever the policy's
 * shape is the same. What a column never holds (missing values, zeros, infinities; see
 * {@link Population.Summary}) is known when the source is written, and the checks for it are left out,
 * as Spark's generated code leaves out null checks on columns that cannot be null.
 */
final class KernelSource {

    /** Thrown by a node without a row expression: the policy stays on the array path. */
    static final class CannotFuse extends RuntimeException {
        CannotFuse(String what) {
            super(what, null, false, false);
        }
    }

    /** The row index in row expressions. */
    static final String ROW = "r";

    /**
     * A row expression and what holds for its value on every row of the population: for numbers whether it
     * can be NaN (unknown), whether it is always finite and whether it can be zero; for conditions whether
     * it can be unknown (1); for texts and dates whether it can be missing.
     */
    record Row(String code, boolean unknown, boolean finite, boolean zero) {

        static Row condition(String code, boolean unknown) {
            return new Row(code, unknown, false, false);
        }

        Row named(String name) {
            return new Row(name, unknown, finite, zero);
        }
    }

    private final List<Object> inputs = new ArrayList<>();
    private final Map<Object, String> inputNames = new IdentityHashMap<>();
    private final Map<String, String> constantNames = new LinkedHashMap<>();
    private final List<String> locals = new ArrayList<>();
    private final List<String> perRow = new ArrayList<>();
    private final Map<Node, Row> lets = new IdentityHashMap<>();
    private int temps;
    private final long today;
    private final Population population;

    /** @param today the evaluation date as an epoch day, for years_since */
    KernelSource(Population population, long today) {
        this.population = population;
        this.today = today;
    }

    /** A numeric column at the current row, with what the population says of its values. */
    Row column(String name, double[] column) {
        Population.Summary summary = population.summary(name);
        String code = input(column, "double[]") + "[" + ROW + "]";
        return summary == null ? new Row(code, true, false, true)
                : new Row(code, summary.anyMissing(), !summary.anyMissing() && !summary.anyInfinite(), summary.anyZero());
    }

    /** The founding-date column at the current row. */
    Row foundedColumn(long[] column) {
        return Row.condition(input(column, "long[]") + "[" + ROW + "]", population.foundedMissing());
    }

    String today() {
        return constant(today);
    }

    /** An array or object the kernel reads, as a local of the given Java type. */
    String input(Object value, String type) {
        String name = inputNames.get(value);
        if (name == null) {
            name = "in" + inputs.size();
            locals.add("final " + type + " " + name + " = (" + type + ") inputs[" + inputs.size() + "];");
            inputs.add(value);
            inputNames.put(value, name);
        }
        return name;
    }

    /** A number known when the policy is compiled (a parameter, a literal): a local, not a literal in the source. */
    String constant(double value) {
        return constant("double", Double.valueOf(value), Double.toString(value));
    }

    String constant(long value) {
        return constant("long", Long.valueOf(value), Long.toString(value));
    }

    private String constant(String type, Object boxed, String text) {
        String key = type + ":" + text;
        String name = constantNames.get(key);
        if (name == null) {
            name = "k" + inputs.size();
            String unbox = type.equals("double") ? "((Double) inputs[" + inputs.size() + "]).doubleValue()"
                    : "((Long) inputs[" + inputs.size() + "]).longValue()";
            locals.add("final " + type + " " + name + " = " + unbox + ";");
            inputs.add(boxed);
            constantNames.put(key, name);
        }
        return name;
    }

    /** Binds an expression to a per-row local, so it is computed once however often it is used. */
    Row temp(String type, Row expression) {
        String name = "t" + temps++;
        perRow.add(type + " " + name + " = " + expression.code() + ";");
        return expression.named(name);
    }

    /** A let (memoised node): one per-row local, computed before its first use. */
    Row let(Node memo, String type, java.util.function.Supplier<Row> expression) {
        Row local = lets.get(memo);
        if (local == null) {
            local = temp(type, expression.get());
            lets.put(memo, local);
        }
        return local;
    }

    Object[] inputs() {
        return inputs.toArray();
    }

    /**
     * The class: {@code all} combines the conditions with Kleene and (minimum), otherwise with or
     * (maximum). With {@code vector} (and its lane conditions, else both null) it first runs a SIMD loop
     * over blocks of eight rows, then the scalar loop over what is left.
     */
    String classSource(String className, List<String> conditions, boolean all, VectorSource vector,
                       List<VectorSource.Lanes> vectorConditions) {
        StringBuilder s = new StringBuilder();
        if (vector != null) {
            s.append("import jdk.incubator.vector.*;\n");
        }
        s.append("public final class ").append(className)
                .append(" implements org.xiandao.core.policy.bulk.internal.ConditionKernel {\n");
        if (vector != null) {
            s.append("  static final VectorSpecies S = DoubleVector.SPECIES_512;\n");
            s.append("  static final VectorSpecies LS = LongVector.SPECIES_512;\n");
        }
        s.append("  private final Object[] inputs;\n");
        s.append("  public ").append(className).append("(Object[] inputs) { this.inputs = inputs; }\n");
        s.append(HELPERS);
        s.append("  public void evaluate(int start, int n, byte[] dst, int offset, byte[] codes) {\n");
        locals.forEach(l -> s.append("    ").append(l).append('\n'));
        s.append("    int i = 0;\n");
        if (vector != null) {
            vector.appendLoop(s, vectorConditions, all);
        }
        s.append("    for (; i < n; i++) {\n");
        s.append("      final int ").append(ROW).append(" = start + i;\n");
        perRow.forEach(l -> s.append("      ").append(l).append('\n'));
        s.append("      int v = ").append(all ? "2" : "0").append(";\n");
        for (String c : conditions) {
            s.append("      v = Math.").append(all ? "min" : "max").append("(v, ").append(c).append(");\n");
        }
        s.append("      dst[offset + i] = codes[v];\n");
        s.append("    }\n  }\n}\n");
        return s.toString();
    }

    // The semantics of the array nodes, one row at a time, without branches on data: random data makes
    // half of such branches mispredict, which measured as a third of the time. An ordering comparison
    // reads the sign bit of a - b (+ 0.0 turns -0.0 into +0.0); only when a - b is NaN (either side
    // unknown, or both infinite alike: rare, so well predicted) does it branch to the exact form, which
    // gives 2 × (relation holds) | 1 × (either side unknown). "less" is for values that cannot be NaN and
    // of which at most one can be infinite. A division by zero ORs NaN's bits into the quotient; if
    // selects by bit mask and only branches for an unknown condition; member is 2 when any bit is set.
    static final String HELPERS = """
              static int sign2(double d) { return (int) (Double.doubleToRawLongBits(d) >>> 63) << 1; }
              static int exact(boolean holds, double a, double b) { return (holds ? 2 : 0) | (a != a | b != b ? 1 : 0); }
              static int less(double a, double b) { return sign2((a - b) + 0.0); }
              static int ge(double a, double b) { double d = (a - b) + 0.0; return d != d ? exact(a >= b, a, b) : 2 - sign2(d); }
              static int le(double a, double b) { double d = (b - a) + 0.0; return d != d ? exact(a <= b, a, b) : 2 - sign2(d); }
              static int gt(double a, double b) { double d = (b - a) + 0.0; return d != d ? exact(a > b, a, b) : sign2(d); }
              static int lt(double a, double b) { double d = (a - b) + 0.0; return d != d ? exact(a < b, a, b) : sign2(d); }
              static int eq(double a, double b) { return (a == b ? 2 : 0) | (a != a | b != b ? 1 : 0); }
              static int ne(double a, double b) { return (a < b | a > b ? 2 : 0) | (a != a | b != b ? 1 : 0); }
              static double div(double a, double b) {
                long z = Double.doubleToRawLongBits(b) << 1;
                long zero = ((z | -z) >>> 63) ^ 1L;
                return Double.longBitsToDouble(Double.doubleToRawLongBits(a / b) | (-zero & 0x7ff8000000000000L));
              }
              static double select(int k, double x, double y) {
                long mask = -(long) (k >> 1);
                return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & mask) | (Double.doubleToRawLongBits(y) & ~mask));
              }
              static int member(long bits) { return (int) (((bits | -bits) >>> 63) << 1); }
              static int below(double x, double bound) { return (int) (Double.doubleToRawLongBits((x - bound) + 0.0) >>> 63); }
              static double years(long day, long today) { return day == Long.MIN_VALUE ? Double.NaN : (today - day) / 365.25; }
              static double ifNumber(int k, double x, double y) {
                long mask = -(long) (k >> 1);
                double chosen = Double.longBitsToDouble((Double.doubleToRawLongBits(x) & mask) | (Double.doubleToRawLongBits(y) & ~mask));
                return k != 1 ? chosen : Double.doubleToLongBits(x) == Double.doubleToLongBits(y) ? x : Double.NaN;
              }
              static int ifBool(int k, int x, int y) { return k == 2 ? x : k == 0 ? y : x == y ? x : 1; }
              static int textEquals(String a, String b, boolean equal) { return a == null || b == null ? 1 : a.equals(b) == equal ? 2 : 0; }
              static int boolEquals(int a, int b, boolean equal) { return a == 1 || b == 1 ? 1 : (a == b) == equal ? 2 : 0; }
            """;
}
