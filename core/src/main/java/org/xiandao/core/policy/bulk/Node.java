package org.xiandao.core.policy.bulk;

/**
 * A compiled expression over one chunk of the population. Each node owns its output buffer and
 * returns it filled for the current chunk; the parent reads it at once. Missing numbers are NaN,
 * unknown conditions -1, unknown texts and dates null / {@link Long#MIN_VALUE}.
 */
abstract class Node {

    double[] numbers(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a number");
    }

    byte[] bools(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a condition");
    }

    String[] texts(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a text");
    }

    long[] days(Chunk c) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not a date");
    }
}
