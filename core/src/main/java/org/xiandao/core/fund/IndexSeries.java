package org.xiandao.core.fund;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A public index by date, for PMEs. The level on a date is the last level published on or before it. */
public final class IndexSeries {

    private final String name;
    private final NavigableMap<LocalDate, Double> levels;

    public IndexSeries(String name, Map<LocalDate, Double> levels) {
        this.name = name;
        this.levels = new TreeMap<>(levels);
        if (this.levels.isEmpty()) {
            throw new IllegalArgumentException("an index series needs at least one level");
        }
        this.levels.values().forEach(v -> {
            if (!(v > 0)) {
                throw new IllegalArgumentException("index levels must be positive, found " + v);
            }
        });
    }

    public String name() {
        return name;
    }

    /** The level in force on {@code date}, or NaN before the series starts. */
    public double level(LocalDate date) {
        var e = levels.floorEntry(date);
        return e == null ? Double.NaN : e.getValue();
    }

    public LocalDate first() {
        return levels.firstKey();
    }
}
