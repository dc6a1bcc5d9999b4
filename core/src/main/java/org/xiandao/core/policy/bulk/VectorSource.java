package org.xiandao.core.policy.bulk;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.enterprise.Population;

/**
 * The SIMD half of a generated kernel: the same conditions as {@link KernelSource}'s row expressions,
 * written with the Vector API (jdk.incubator.vector) for eight rows at a time. Nodes contribute lane
 * expressions ({@link Node#vecNumber}, {@link Node#vecBool}); a node without one leaves the kernel scalar.
 * Inputs and constants are registered with the scalar source, so both loops share their locals.
 */
final class VectorSource {

    /** Rows per vector: the kernel is vectorised only where the preferred species has this many doubles (AVX-512). */
    static final int LANES = 8;

    /**
     * Lane expressions and what holds for them on every row. For numbers: a DoubleVector, and as in
     * {@link KernelSource.Row} whether a lane can be NaN, is always finite, can be zero. For conditions: a
     * VectorMask of the lanes where it holds and one of the lanes where it is unknown (null: never).
     */
    record Lanes(String code, String unknown, boolean nan, boolean finite, boolean zero) {

        static Lanes condition(String holds, String unknown) {
            return new Lanes(holds, unknown, false, false, false);
        }
    }

    private final KernelSource scalar;
    private final Population population;
    private final long today;
    private final List<String> locals = new ArrayList<>();
    private final List<String> perBlock = new ArrayList<>();
    private final Map<String, String> broadcasts = new java.util.HashMap<>();
    private final Map<Node, Lanes> lets = new IdentityHashMap<>();
    private int temps;

    VectorSource(KernelSource scalar, Population population, long today) {
        this.scalar = scalar;
        this.population = population;
        this.today = today;
    }

    /** A numeric column at the block's rows. */
    Lanes column(String name, double[] column) {
        Population.Summary summary = population.summary(name);
        String code = "DoubleVector.fromArray(S, " + scalar.input(column, "double[]") + ", " + KernelSource.ROW + ")";
        return summary == null ? new Lanes(code, null, true, false, true)
                : new Lanes(code, null, summary.anyMissing(), !summary.anyMissing() && !summary.anyInfinite(), summary.anyZero());
    }

    /** The founding dates at the block's rows as epoch days in doubles; none may be missing. */
    String foundedDays() {
        if (population.foundedMissing()) {
            throw new KernelSource.CannotFuse("missing founding dates");
        }
        // A double column, not a conversion from longs: those are not vectorised on JDK 17.
        return "DoubleVector.fromArray(S, " + scalar.input(population.foundedEpochDayAsDoubles(), "double[]") + ", " + KernelSource.ROW + ")";
    }

    /** The population's membership column for a segment mask, as an input. */
    String segmentMembership(long[] mask) {
        return scalar.input(population.segmentMembership(mask), "double[]");
    }

    /** A constant in every lane, broadcast once before the loop. */
    String broadcast(double value) {
        String k = scalar.constant(value);
        return broadcasts.computeIfAbsent(k, name -> {
            String v = "v" + name;
            locals.add("final DoubleVector " + v + " = DoubleVector.broadcast(S, " + name + ");");
            return v;
        });
    }

    String today() {
        return broadcast(today);
    }

    /** Binds a number to a per-block local. */
    Lanes temp(Lanes number) {
        String name = "w" + temps++;
        perBlock.add("final DoubleVector " + name + " = " + number.code() + ";");
        return new Lanes(name, null, number.nan(), number.finite(), number.zero());
    }

    /** Binds a condition (and its unknown lanes) to per-block locals. */
    Lanes tempCondition(Lanes condition) {
        String name = "w" + temps++;
        perBlock.add("final VectorMask " + name + " = " + condition.code() + ";");
        String unknown = null;
        if (condition.unknown() != null) {
            unknown = name + "u";
            perBlock.add("final VectorMask " + unknown + " = " + condition.unknown() + ";");
        }
        return Lanes.condition(name, unknown);
    }

    /** A let: one per-block local, computed before its first use. */
    Lanes let(Node memo, boolean condition, java.util.function.Supplier<Lanes> expression) {
        Lanes local = lets.get(memo);
        if (local == null) {
            Lanes value = expression.get();
            local = condition ? tempCondition(value) : temp(value);
            lets.put(memo, local);
        }
        return local;
    }

    // Masks are combined with and/or/not only: VectorMask.andNot is not compiled to vector instructions on
    // JDK 17 (it boxed three objects per eight rows, measured: tech_sme 10 ms against 4.7 ms a million).

    /** Kleene and of two conditions: false where either is false, unknown where neither is false and one is unknown. */
    Lanes and(Lanes a, Lanes b) {
        String holds = a.code() + ".and(" + b.code() + ")";
        if (a.unknown() == null && b.unknown() == null) {
            return tempCondition(Lanes.condition(holds, null));
        }
        Lanes t = tempCondition(Lanes.condition(holds, null));
        String notFalseA = a.unknown() == null ? a.code() : a.code() + ".or(" + a.unknown() + ")";
        String notFalseB = b.unknown() == null ? b.code() : b.code() + ".or(" + b.unknown() + ")";
        return tempCondition(Lanes.condition(t.code(), notFalseA + ".and(" + notFalseB + ").and(" + t.code() + ".not())"));
    }

    /** Kleene or: true where either is true, unknown where neither is true and one is unknown. */
    Lanes or(Lanes a, Lanes b) {
        Lanes t = tempCondition(Lanes.condition(a.code() + ".or(" + b.code() + ")", null));
        if (a.unknown() == null && b.unknown() == null) {
            return t;
        }
        String unknown = a.unknown() == null ? b.unknown() : b.unknown() == null ? a.unknown() : a.unknown() + ".or(" + b.unknown() + ")";
        return tempCondition(Lanes.condition(t.code(), "(" + unknown + ").and(" + t.code() + ".not())"));
    }

    /** The vector loop over whole blocks of LANES rows; the scalar loop finishes the rest. */
    void appendLoop(StringBuilder s, List<Lanes> conditions, boolean all) {
        Lanes result = conditions.get(0);
        for (int c = 1; c < conditions.size(); c++) {
            result = all ? and(result, conditions.get(c)) : or(result, conditions.get(c));
        }
        s.append("    final DoubleVector vcode0 = DoubleVector.broadcast(S, (double) codes[0]);\n");
        s.append("    final DoubleVector vcode1 = DoubleVector.broadcast(S, (double) codes[1]);\n");
        s.append("    final DoubleVector vcode2 = DoubleVector.broadcast(S, (double) codes[2]);\n");
        s.append("    final DoubleVector vnan = DoubleVector.broadcast(S, Double.NaN);\n");
        s.append("    final double[] vout = new double[").append(LANES).append("];\n");
        s.append("    final VectorMask vtrue = S.maskAll(true);\n");
        s.append("    final VectorMask vfalse = S.maskAll(false);\n");
        locals.forEach(l -> s.append("    ").append(l).append('\n'));
        s.append("    for (; i + ").append(LANES).append(" <= n; i += ").append(LANES).append(") {\n");
        s.append("      final int ").append(KernelSource.ROW).append(" = start + i;\n");
        perBlock.forEach(l -> s.append("      ").append(l).append('\n'));
        String out = "vcode0" + (result.unknown() == null ? "" : ".blend(vcode1, " + result.unknown() + ")")
                + ".blend(vcode2, " + result.code() + ")";
        // Through eight doubles to bytes: on JDK 17 the Vector API's double-to-byte conversions are not
        // compiled to vector instructions (measured: 3.3 ms a million rows against 0.8 ms this way).
        s.append("      ").append(out).append(".intoArray(vout, 0);\n");
        s.append("      for (int j = 0; j < ").append(LANES).append("; j++) {\n");
        s.append("        dst[offset + i + j] = (byte) vout[j];\n");
        s.append("      }\n");
        s.append("    }\n");
    }
}
