package org.xiandao.web.system;

import org.xiandao.core.enterprise.Population;
import org.xiandao.store.Store;

/**
 * The store's enterprise pool as a columnar population, shared by the pages that need it whole (policy
 * simulation, chain health). Reloaded only when the pool's size has changed since the last load.
 */
public final class PopulationCache {

    private final Store store;
    private Population population;
    private long count = -1;

    public PopulationCache(Store store) {
        this.store = store;
    }

    public synchronized Population get() {
        long now = store.enterprises().count();
        if (population == null || now != count) {
            population = store.enterprises().population(store.taxonomy());
            count = now;
        }
        return population;
    }
}
