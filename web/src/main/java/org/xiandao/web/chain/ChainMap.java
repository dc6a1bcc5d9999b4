package org.xiandao.web.chain;

import java.util.List;

/**
 * The supply graph as the chain map draws it.
 *
 * @param nodes segments with their local enterprise counts and layout position
 * @param links {@code goes_into} edges
 */
public record ChainMap(List<Node> nodes, List<Link> links) {

    /**
     * {@code layer} runs from raw inputs (0) to final products; {@code row} orders nodes within a layer;
     * {@code weakLink} is the segment's weak-link score and {@code weak} whether it is above the threshold.
     */
    public record Node(String code, String nameZh, String nameEn, String industry, String position, long enterprises,
                       int layer, int row, double weakLink, boolean weak) {
    }

    public record Link(String source, String target) {
    }
}
