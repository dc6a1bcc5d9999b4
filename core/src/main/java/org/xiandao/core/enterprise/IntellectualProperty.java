package org.xiandao.core.enterprise;

/**
 * Counts of intellectual property as the high-tech and sci-tech SME rulebooks classify it.
 *
 * @param classOne  Class I IP: invention patents, plant varieties, layout designs of integrated circuits, …
 * @param classTwo  Class II IP: utility models, designs, software copyrights
 */
public record IntellectualProperty(int classOne, int classTwo) {
    public IntellectualProperty {
        if (classOne < 0 || classTwo < 0) {
            throw new IllegalArgumentException("IP counts cannot be negative");
        }
    }

    public static final IntellectualProperty NONE = new IntellectualProperty(0, 0);
}
