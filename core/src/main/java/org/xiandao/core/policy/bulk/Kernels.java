package org.xiandao.core.policy.bulk;

import java.lang.reflect.Constructor;
import java.util.List;
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

    private static final String CLASS = "XiandaoConditionKernel";
    /** A cache, not state: evaluating without it gives the same results, only slower. Bounded by clearing. */
    private static final ConcurrentHashMap<String, Constructor<?>> CLASSES = new ConcurrentHashMap<>();
    private static final int MAX_CLASSES = 512;

    private Kernels() {
    }

    /** The kernel for these conditions, or null when some node has no row expression. */
    static ConditionKernel fuse(Node[] conditions, boolean all, Population population, long today) {
        KernelSource source = new KernelSource(population, today);
        List<String> expressions = new java.util.ArrayList<>();
        try {
            for (Node c : conditions) {
                expressions.add(c.rowBool(source).code());
            }
        } catch (KernelSource.CannotFuse e) {
            return null;
        }
        String text = source.classSource(CLASS, expressions, all);
        try {
            if (CLASSES.size() > MAX_CLASSES) {
                CLASSES.clear();
            }
            Constructor<?> constructor = CLASSES.computeIfAbsent(text, Kernels::compile);
            return (ConditionKernel) constructor.newInstance((Object) source.inputs());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate a generated policy kernel", e);
        }
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
