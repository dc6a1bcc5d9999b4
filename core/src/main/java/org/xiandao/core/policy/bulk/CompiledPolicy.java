package org.xiandao.core.policy.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.core.policy.bulk.internal.ConditionKernel;

/**
 * The bulk path of the policy engine: a policy compiled to array operations over a columnar
 * {@link Population}, evaluated chunk by chunk (4,096 enterprises at a time) rather than by walking
 * the expression tree once per enterprise. It computes exactly what {@link org.xiandao.core.policy.PolicyInterpreter}
 * computes; the differential test holds it to that. Not thread-safe: compile one per thread.
 */
public final class CompiledPolicy {

    private final Policy policy;
    private final Population population;
    private final LocalDate date;
    private final Node[] conditions;
    private final Node[] exceptions;
    private final Node benefit;
    /** The conditions as one generated loop; null when some node has no row form (then the array nodes run). */
    private final ConditionKernel kernel;
    /** Every exception folded to false at compile time: the base decides alone. */
    private final boolean noException;

    private CompiledPolicy(Policy policy, Population population, Taxonomy taxonomy, LocalDate date, Map<String, Double> overrides,
                           Map<String, org.xiandao.core.policy.ast.Expr> assumptions, Kernels.Use use, boolean vector) {
        this.policy = policy;
        this.population = population;
        this.date = date;
        Compiler compiler = new Compiler(policy, population, taxonomy, date, overrides, assumptions);
        List<Definitions.Condition> cs = policy.conditions();
        conditions = new Node[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            conditions[i] = compiler.compile(cs.get(i).test());
        }
        List<Definitions.Exception> es = policy.exceptions();
        exceptions = new Node[es.size()];
        for (int i = 0; i < es.size(); i++) {
            exceptions[i] = compiler.compile(es.get(i).when());
        }
        benefit = policy.benefit() == null ? null : compiler.compile(policy.benefit().amount());
        kernel = conditions.length > 0 ? Kernels.fuse(conditions, policy.all(), population, date.toEpochDay(), use, vector) : null;
        boolean none = true;
        for (Node e : exceptions) {
            none &= e instanceof ConstBool never && never.value == Node.FALSE;
        }
        noException = none;
    }

    public static CompiledPolicy compile(Policy policy, Population population, Taxonomy taxonomy, LocalDate date) {
        return compile(policy, population, taxonomy, date, Map.of());
    }

    /** @param overrides scenario values replacing parameters, by name */
    public static CompiledPolicy compile(Policy policy, Population population, Taxonomy taxonomy, LocalDate date,
                                         Map<String, Double> overrides) {
        return new CompiledPolicy(policy, population, taxonomy, date, overrides, Map.of(), kernelUse(population), true);
    }

    /**
     * @param assumptions estimates of application inputs from enterprise fields, by input name; an input
     *                    without one is unknown for every enterprise
     */
    public static CompiledPolicy compile(Policy policy, Population population, Taxonomy taxonomy, LocalDate date,
                                         Map<String, Double> overrides, Map<String, org.xiandao.core.policy.ast.Expr> assumptions) {
        return new CompiledPolicy(policy, population, taxonomy, date, overrides, assumptions, kernelUse(population), true);
    }

    /**
     * Generating and compiling a kernel takes 10–30 ms (0.6 s for the first in a JVM, while Janino loads),
     * and a new class runs interpreted until the JIT has seen it work. Measured over every shipped policy,
     * first run in a fresh JVM: 20,000 enterprises 0.70 s with kernels against 0.09 s with the array nodes;
     * 120,000: 0.84 s against 0.16 s; 1,000,000: 0.99 s against 0.67 s. Warm, kernels take half the array
     * nodes' time from 100,000 enterprises up (54–74 ms against 84–89 ms at 120,000; 113 against 209 ms at
     * 1,000,000) and more at 20,000 (70 against 26 ms). So kernels are tiered, like a JIT: below 100,000
     * enterprises never; above, the array nodes run until the same shape has been compiled a few times
     * (see {@link Kernels.Use#WHEN_READY}), then the kernel is generated in the background and runs
     * compiled after it is ready use it. A one-off command line run stays on the array nodes.
     */
    static final int KERNEL_MIN_ROWS = 100_000;

    private static Kernels.Use kernelUse(Population population) {
        return population.size() >= KERNEL_MIN_ROWS ? Kernels.Use.WHEN_READY : Kernels.Use.NEVER;
    }

    /**
     * Generates this policy's kernel for the population and date now, waiting for it, so that the next
     * {@link #compile} of the same shape uses it: for servers that load a large population, and for
     * benchmarks. Returns whether the policy has a kernel (false below {@link #KERNEL_MIN_ROWS}
     * enterprises, or when some expression has no row form).
     */
    public static boolean prepare(Policy policy, Population population, Taxonomy taxonomy, LocalDate date) {
        return population.size() >= KERNEL_MIN_ROWS
                && new CompiledPolicy(policy, population, taxonomy, date, Map.of(), Map.of(), Kernels.Use.NOW, true).fused();
    }

    /** With a generated kernel whatever the population's size, waiting for it: for tests on small populations. */
    static CompiledPolicy compileWithKernel(Policy policy, Population population, Taxonomy taxonomy, LocalDate date) {
        return new CompiledPolicy(policy, population, taxonomy, date, Map.of(), Map.of(), Kernels.Use.NOW, true);
    }

    /** With a scalar kernel (no SIMD loop) whatever the population's size: for tests. */
    static CompiledPolicy compileWithScalarKernel(Policy policy, Population population, Taxonomy taxonomy, LocalDate date) {
        return new CompiledPolicy(policy, population, taxonomy, date, Map.of(), Map.of(), Kernels.Use.NOW, false);
    }

    /** The array path alone, without a generated kernel: the differential test holds both to the interpreter. */
    static CompiledPolicy compileWithoutKernel(Policy policy, Population population, Taxonomy taxonomy, LocalDate date) {
        return new CompiledPolicy(policy, population, taxonomy, date, Map.of(), Map.of(), Kernels.Use.NEVER, true);
    }

    /** Whether the conditions run as a generated kernel. */
    boolean fused() {
        return kernel != null;
    }

    /** Whether the kernel has a SIMD loop (its class declares the vector species). */
    boolean vectorised() {
        if (kernel == null) {
            return false;
        }
        try {
            kernel.getClass().getDeclaredField("S");
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    Class<?> kernelClass() {
        return kernel == null ? null : kernel.getClass();
    }

    /** Outcomes and amounts for every enterprise of the population, on this thread. */
    public Results run() {
        Results r = empty();
        if (policy.inForce(date)) {
            runChunks(0, 1, r);
        }
        return r;
    }

    /**
     * The same results computed by {@code threads} threads: when the generated kernel decides alone, the
     * threads share it, each on a contiguous share of the rows; otherwise each has its own compiled copy
     * taking every {@code threads}-th chunk. Threads write disjoint ranges of the result arrays.
     */
    public static Results runParallel(Policy policy, Population population, Taxonomy taxonomy, LocalDate date,
                                      Map<String, Double> overrides, Map<String, org.xiandao.core.policy.ast.Expr> assumptions,
                                      int threads) {
        CompiledPolicy first = compile(policy, population, taxonomy, date, overrides, assumptions);
        Results r = first.empty();
        if (!policy.inForce(date) || threads <= 1) {
            return policy.inForce(date) ? first.run() : r;
        }
        List<Thread> workers = new java.util.ArrayList<>();
        int size = population.size();
        Runnable own = null;
        for (int t = 0; t < threads; t++) {
            Runnable work;
            if (first.kernelDecidesAlone()) {
                // The kernel holds no per-run state: the threads share it, each on its own contiguous rows.
                int from = (int) ((long) size * t / threads);
                int to = (int) ((long) size * (t + 1) / threads);
                work = () -> first.runKernel(from, to, r.outcomeCodes());
            } else {
                CompiledPolicy copy = t == 0 ? first : compile(policy, population, taxonomy, date, overrides, assumptions);
                int offset = t;
                work = () -> copy.runChunks(offset, threads, r);
            }
            if (t == 0) {
                own = work; // the calling thread takes the first share instead of waiting idle
                continue;
            }
            Thread worker = new Thread(work, "policy-" + policy.id() + "-" + t);
            worker.start();
            workers.add(worker);
        }
        own.run();
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while evaluating " + policy.id(), e);
            }
        }
        return r;
    }

    private Results empty() {
        int size = population.size();
        byte[] outcomes = new byte[size];
        if (!policy.inForce(date)) {
            java.util.Arrays.fill(outcomes, (byte) Outcome.NOT_IN_FORCE.ordinal());
        }
        // Policies without a benefit never write amounts: no 9 MB of zeroed arrays per million enterprises.
        return benefit == null ? new Results(policy, date, outcomes, null, null)
                : new Results(policy, date, outcomes, new long[size], new boolean[size]);
    }

    private void runChunks(int firstChunk, int step, Results r) {
        int size = population.size();
        byte[] outcomes = r.outcomeCodes();
        long[] amounts = r.amounts();
        boolean[] hasAmount = r.hasAmount();
        Chunk c = new Chunk(population, date.toEpochDay());
        byte[] base = new byte[Chunk.SIZE];
        int exceptionCount = exceptions.length;
        byte[][] exceptionValues = new byte[exceptionCount][Chunk.SIZE];
        boolean all = policy.all();
        for (int start = firstChunk * Chunk.SIZE; start < size; start += step * Chunk.SIZE) {
            c.start = start;
            c.n = Math.min(Chunk.SIZE, size - start);
            c.id++;
            int n = c.n;
            if (kernelDecidesAlone()) {
                kernel.evaluate(start, n, outcomes, start, CODE_BY_BASE);
                continue;
            }
            if (kernel != null) {
                kernel.evaluate(start, n, base, 0, SAME);
            } else {
                java.util.Arrays.fill(base, 0, n, all ? Node.TRUE : Node.FALSE);
                for (Node condition : conditions) {
                    if (all) {
                        condition.andInto(base, c);
                    } else {
                        byte[] v = condition.bools(c);
                        for (int i = 0; i < n; i++) {
                            base[i] = (byte) Math.max(base[i], v[i]);
                        }
                    }
                }
            }
            boolean anyException = false;
            for (int k = 0; k < exceptionCount; k++) {
                if (exceptions[k] instanceof ConstBool never && never.value == Node.FALSE) {
                    java.util.Arrays.fill(exceptionValues[k], 0, n, Node.FALSE);
                    continue; // folded away at compile time: cannot apply to anyone in this population
                }
                byte[] v = exceptions[k].bools(c);
                System.arraycopy(v, 0, exceptionValues[k], 0, n);
                for (int i = 0; i < n && !anyException; i++) {
                    anyException = v[i] != Node.FALSE;
                }
            }
            if (!anyException && benefit == null) {
                // The common case: no exception applies or could, no amount; the base decides alone.
                for (int i = 0; i < n; i++) {
                    outcomes[start + i] = CODE_BY_BASE[base[i]];
                }
                continue;
            }
            double[] money = null;
            for (int i = 0; i < n; i++) {
                // Without an applicable or unknown exception the base decides alone (the common case).
                Outcome o = anyException ? decide(base[i], exceptionValues, i) : BY_BASE[base[i]];
                if (o == Outcome.QUALIFIES && benefit != null) {
                    if (money == null) {
                        money = benefit.numbers(c);
                    }
                    if (Double.isNaN(money[i])) {
                        o = Outcome.UNDECIDED;
                    } else {
                        amounts[start + i] = Math.round(money[i]);
                        hasAmount[start + i] = true;
                    }
                }
                outcomes[start + i] = (byte) o.ordinal();
            }
        }
    }

    /** The common case: the conditions alone decide (no exception can apply, no amount), and the kernel writes the outcomes. */
    private boolean kernelDecidesAlone() {
        return kernel != null && noException && benefit == null;
    }

    private void runKernel(int from, int to, byte[] outcomes) {
        for (int start = from; start < to; start += Chunk.SIZE) {
            int n = Math.min(Chunk.SIZE, to - start);
            kernel.evaluate(start, n, outcomes, start, CODE_BY_BASE);
        }
    }

    private static final byte[] SAME = {Node.FALSE, Node.UNKNOWN, Node.TRUE};
    private static final Outcome[] BY_BASE = {Outcome.DOES_NOT_QUALIFY, Outcome.UNDECIDED, Outcome.QUALIFIES};
    private static final byte[] CODE_BY_BASE = {(byte) Outcome.DOES_NOT_QUALIFY.ordinal(), (byte) Outcome.UNDECIDED.ordinal(),
        (byte) Outcome.QUALIFIES.ordinal()};

    private Outcome decide(byte base, byte[][] exceptionValues, int i) {
        int applying = 0;
        int which = -1;
        for (int k = 0; k < exceptionValues.length; k++) {
            if (exceptionValues[k][i] == Node.TRUE) {
                applying++;
                which = k;
            }
        }
        if (applying > 1) {
            return Outcome.CONFLICT;
        }
        if (applying == 1) {
            return policy.exceptions().get(which).eligible() ? Outcome.QUALIFIES : Outcome.DOES_NOT_QUALIFY;
        }
        if (base == Node.UNKNOWN) {
            return Outcome.UNDECIDED;
        }
        boolean eligible = base == Node.TRUE;
        for (int k = 0; k < exceptionValues.length; k++) {
            if (exceptionValues[k][i] == Node.UNKNOWN && policy.exceptions().get(k).eligible() != eligible) {
                return Outcome.UNDECIDED;
            }
        }
        return eligible ? Outcome.QUALIFIES : Outcome.DOES_NOT_QUALIFY;
    }

    /**
     * Per-enterprise results of one policy over a population, in population order. Outcomes are kept as
     * ordinals in a byte array: a million reference stores into an {@code Outcome[]} cost more than the
     * evaluation they record.
     */
    public record Results(Policy policy, LocalDate date, byte[] outcomeCodes, long[] amounts, boolean[] hasAmount) {

        private static final Outcome[] OUTCOMES = Outcome.values();

        public Outcome outcome(int i) {
            return OUTCOMES[outcomeCodes[i]];
        }

        public int size() {
            return outcomeCodes.length;
        }

        public long count(Outcome o) {
            byte code = (byte) o.ordinal();
            long n = 0;
            for (byte x : outcomeCodes) {
                if (x == code) {
                    n++;
                }
            }
            return n;
        }

        /** The amount for enterprise {@code i}, or null when none was decided. */
        public Long amount(int i) {
            return hasAmount != null && hasAmount[i] ? amounts[i] : null;
        }

        /** The amount for enterprise {@code i}, or 0 when none was decided. */
        public long amountOrZero(int i) {
            return hasAmount != null && hasAmount[i] ? amounts[i] : 0;
        }
    }
}
