package org.xiandao.core.chain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Places the segments of the supply graph in layers from raw inputs to final products: a segment's
 * layer is one more than the highest layer among its suppliers, so every {@code goes_into} edge points
 * to the right. The chain map draws columns from these layers.
 */
public final class ChainLayers {

    private ChainLayers() {
    }

    /** Layer of every segment that takes part in a {@code goes_into} edge, in topological order. */
    public static Map<String, Integer> of(Taxonomy taxonomy) {
        Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (ChainEdge e : taxonomy.edges(EdgeKind.GOES_INTO)) {
            g.addVertex(e.from());
            g.addVertex(e.to());
            g.addEdge(e.from(), e.to());
        }
        Map<String, Integer> layer = new HashMap<>();
        Map<String, Integer> ordered = new LinkedHashMap<>();
        new TopologicalOrderIterator<>(g).forEachRemaining(v -> {
            int l = g.incomingEdgesOf(v).stream().mapToInt(e -> layer.get(g.getEdgeSource(e)) + 1).max().orElse(0);
            layer.put(v, l);
            ordered.put(v, l);
        });
        return ordered;
    }

    /** The segments in the supply graph. */
    public static Set<String> members(Taxonomy taxonomy) {
        return taxonomy.edges(EdgeKind.GOES_INTO).stream().flatMap(e -> java.util.stream.Stream.of(e.from(), e.to()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
