package org.xiandao.core.policy.bulk.internal;

/**
 * A policy's conditions compiled to one loop: implemented only by classes the bulk path generates at
 * run time. Public because generated classes live in their own class loader; not an API.
 */
public interface ConditionKernel {

    /**
     * Evaluates rows {@code start .. start + n - 1} of the population and writes, for each,
     * {@code codes[v]} to {@code dst[offset + i]}, where v is the combined three-valued result
     * (0 false, 1 unknown, 2 true).
     */
    void evaluate(int start, int n, byte[] dst, int offset, byte[] codes);
}
