package org.xiandao.core.policy.bulk;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.policy.bulk.internal.ConditionKernel;

/**
 * Compiles a policy's conditions to a {@link ConditionKernel} with Janino. Generated classes are kept by
 * source text: the source holds no parameter values (they are constructor inputs), so a policy compiles
 * once per shape, and every date, scenario and thread reuses the class (and the JIT's work on it).
 */
final class Kernels {

    /** When a compiled policy gets its kernel. */
    enum Use {
        /** Never: the array nodes run. */
        NEVER,
        /**
         * If its class is compiled already; otherwise the array nodes run, and from the third compile of
         * the same shape on (it is being reused, as in a server) the class is compiled in the background.
         */
        WHEN_READY,
        /** Now, waiting for the class if need be. */
        NOW
    }

    private static final String CLASS = "XiandaoConditionKernel";
    /**
     * A cache, not state: evaluating without it gives the same results, only slower (as Spark keeps its
     * generated classes). Bounded by clearing.
     */
    private static final ConcurrentHashMap<String, CompletableFuture<Constructor<?>>> CLASSES = new ConcurrentHashMap<>();
    /** How often each shape not yet compiled has been asked for: a JIT's invocation counter. */
    private static final ConcurrentHashMap<String, Integer> ASKED = new ConcurrentHashMap<>();
    /** A one-off run (the command line) does not repay a class; the third of the same shape may. */
    static final int COMPILE_AFTER = 3;
    private static final int MAX_CLASSES = 512;

    /**
     * Whether kernels may have a SIMD loop: the JVM was started with {@code --add-modules
     * jdk.incubator.vector} and its preferred vectors hold eight doubles (AVX-512). Otherwise kernels are
     * scalar, and as fast as before.
     */
    static final boolean VECTOR = vectorsAvailable();

    private Kernels() {
    }

    private static boolean vectorsAvailable() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            Object species = Class.forName("jdk.incubator.vector.DoubleVector").getField("SPECIES_PREFERRED").get(null);
            return (int) Class.forName("jdk.incubator.vector.VectorSpecies").getMethod("length").invoke(species) == VectorSource.LANES;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The kernel for these conditions, or null when some node has no row expression or it is not to be used (yet). */
    static ConditionKernel fuse(Node[] conditions, boolean all, Population population, long today, Use use, boolean vector) {
        if (use == Use.NEVER) {
            return null;
        }
        KernelSource source = new KernelSource(population, today);
        List<String> expressions = new java.util.ArrayList<>();
        try {
            for (Node c : conditions) {
                expressions.add(c.rowBool(source).code());
            }
        } catch (KernelSource.CannotFuse e) {
            return null;
        }
        // The SIMD loop where every condition has lane expressions; else the kernel stays scalar.
        VectorSource lanes = null;
        List<VectorSource.Lanes> vectorConditions = null;
        if (vector && VECTOR) {
            lanes = new VectorSource(source, population, today);
            vectorConditions = new java.util.ArrayList<>();
            try {
                for (Node c : conditions) {
                    vectorConditions.add(c.vecBool(lanes));
                }
            } catch (KernelSource.CannotFuse e) {
                lanes = null;
                vectorConditions = null;
            }
        }
        String text = source.classSource(CLASS, expressions, all, lanes, vectorConditions);
        if (CLASSES.size() > MAX_CLASSES || ASKED.size() > MAX_CLASSES) {
            CLASSES.clear();
            ASKED.clear();
        }
        CompletableFuture<Constructor<?>> compiled = CLASSES.get(text);
        if (use == Use.WHEN_READY) {
            if (compiled == null && ASKED.merge(text, 1, Integer::sum) >= COMPILE_AFTER) {
                ASKED.remove(text);
                // A class that fails to compile in the background leaves the policy on the array nodes;
                // the tests compile every expression form with Use.NOW, where a failure is thrown.
                CLASSES.computeIfAbsent(text, t -> CompletableFuture.supplyAsync(() -> compile(t)));
            }
            if (compiled == null || !compiled.isDone() || compiled.isCompletedExceptionally()) {
                return null;
            }
        } else if (compiled == null || compiled.isCompletedExceptionally()) {
            compiled = CompletableFuture.completedFuture(compile(text));
            CLASSES.put(text, compiled);
        }
        try {
            return (ConditionKernel) compiled.join().newInstance((Object) source.inputs());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate a generated policy kernel", e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Waits for every class being compiled in the background: for tests, which must not depend on timing. */
    static void awaitBackgroundCompiles() {
        CLASSES.values().forEach(CompletableFuture::join);
    }

    private static Constructor<?> compile(String text) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(Kernels.class.getClassLoader());
        try {
            compiler.cook(text);
            return compiler.getClassLoader().loadClass(CLASS).getConstructor(Object[].class);
        } catch (CompileException | ReflectiveOperationException e) {
            // The generator wrote Java that does not compile: a bug here, never the policy author's.
            throw new IllegalStateException("generated policy kernel does not compile: " + e.getMessage() + "\n" + text, e);
        }
    }
}
