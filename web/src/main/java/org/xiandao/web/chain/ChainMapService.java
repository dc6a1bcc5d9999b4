package org.xiandao.web.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.chain.ChainEdge;
import org.xiandao.core.chain.ChainLayers;
import org.xiandao.core.chain.EdgeKind;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.store.Store;

/** Builds the chain map: the supply graph's segments, sized by how many local enterprises they hold. */
public final class ChainMapService {

    private final Store store;
    private final org.xiandao.web.system.PopulationCache population;

    public ChainMapService(Store store, org.xiandao.web.system.PopulationCache population) {
        this.store = store;
        this.population = population;
    }

    public ChainMap map() {
        Taxonomy taxonomy = store.taxonomy();
        Map<String, Integer> layers = ChainLayers.of(taxonomy);
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        layers.keySet().forEach(code -> groups.put(code, taxonomy.selfAndDescendants(code)));
        Map<String, Long> counts = store.enterprises().countDistinctByGroup(groups);
        Map<String, Double> weak = new HashMap<>();
        org.xiandao.core.chain.ChainHealth.of(taxonomy, population.get()).forEach(h -> weak.put(h.code(), h.weakLink().score()));

        List<String> ordered = new ArrayList<>(layers.keySet());
        // Within a layer, keep an industry's segments together and in taxonomy order.
        List<String> taxonomyOrder = taxonomy.segments().stream().map(Segment::code).toList();
        ordered.sort(Comparator.comparing((String c) -> layers.get(c)).thenComparing(taxonomyOrder::indexOf));
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        List<ChainMap.Node> nodes = new ArrayList<>();
        for (String code : ordered) {
            Segment s = taxonomy.require(code);
            int layer = layers.get(code);
            int row = rowsUsed.merge(layer, 1, Integer::sum) - 1;
            double score = weak.getOrDefault(code, 0.0);
            nodes.add(new ChainMap.Node(code, s.nameZh(), s.nameEn(), s.industry().name(), s.position().name(),
                    counts.get(code), layer, row, score, score > org.xiandao.core.chain.ChainHealth.THIN));
        }
        List<ChainMap.Link> links = new ArrayList<>();
        for (ChainEdge e : taxonomy.edges(EdgeKind.GOES_INTO)) {
            links.add(new ChainMap.Link(e.from(), e.to()));
        }
        return new ChainMap(nodes, links);
    }
}
