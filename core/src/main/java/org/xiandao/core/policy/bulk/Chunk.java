package org.xiandao.core.policy.bulk;

import org.xiandao.core.enterprise.Population;

/** The slice of the population being evaluated: rows {@code start} to {@code start + n - 1}. */
final class Chunk {

    static final int SIZE = 4096;

    final Population population;
    final long dateEpochDay;
    int start;
    int n;
    /** Increases with every chunk, so memoised lets know when their buffer is stale. */
    long id;

    Chunk(Population population, long dateEpochDay) {
        this.population = population;
        this.dateEpochDay = dateEpochDay;
    }
}
