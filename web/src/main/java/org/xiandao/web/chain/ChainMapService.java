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

    public ChainMapService(Store store) {
        this.store = store;
    }

    public ChainMap map() {
        Taxonomy taxonomy = store.taxonomy();
        Map<String, Integer> layers = ChainLayers.of(taxonomy);
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        layers.keySet().forEach(code -> groups.put(code, taxonomy.selfAndDescendants(code)));
        Map<String, Long> counts = store.enterprises().countDistinctByGroup(groups);

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
            nodes.add(new ChainMap.Node(code, s.nameZh(), s.nameEn(), s.industry().name(), s.position().name(),
                    counts.get(code), layer, row));
        }
        List<ChainMap.Link> links = new ArrayList<>();
        for (ChainEdge e : taxonomy.edges(EdgeKind.GOES_INTO)) {
            links.add(new ChainMap.Link(e.from(), e.to()));
        }
        return new ChainMap(nodes, links);
    }
}
