package org.xiandao.web.park;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.chain.ChainEdge;
import org.xiandao.core.chain.EdgeKind;
import org.xiandao.core.chain.Industry;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.fund.LookThrough;
import org.xiandao.core.park.Park;
import org.xiandao.store.Store;

/**
 * Parks × second-level segments: local enterprises in each cell, the park's density against the city
 * (the location quotient: the park's share of the segment over its share of all park enterprises), and,
 * for each park, the supplier segments of the chains it hosts where it is thin (quotient under 0.5).
 */
public final class ParkMatrix {

    public record Cell(String park, String segment, long enterprises, double density) {
    }

    public record ParkRow(Park park, long enterprises, List<String> lacks) {
    }

    public record Result(List<String> segments, List<ParkRow> parks, List<Cell> cells) {
    }

    private ParkMatrix() {
    }

    public static Result of(Store store) {
        Taxonomy taxonomy = store.taxonomy();
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Industry industry : Industry.values()) {
            for (Segment s : taxonomy.children(industry.rootCode())) {
                if (s.industry() == industry) {
                    groups.put(s.code(), taxonomy.selfAndDescendants(s.code()));
                }
            }
        }
        Map<String, Map<String, Long>> counts = store.enterprises().countByParkAndGroup(groups);
        Map<String, Long> byPark = store.enterprises().countByPark();
        long all = byPark.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> bySegment = new LinkedHashMap<>();
        counts.values().forEach(m -> m.forEach((k, v) -> bySegment.merge(k, v, Long::sum)));
        List<Cell> cells = new ArrayList<>();
        List<ParkRow> rows = new ArrayList<>();
        for (Park p : store.parks().all()) {
            long parkTotal = byPark.getOrDefault(p.code(), 0L);
            Map<String, Double> density = new LinkedHashMap<>();
            for (String seg : groups.keySet()) {
                long n = counts.getOrDefault(p.code(), Map.of()).getOrDefault(seg, 0L);
                long segTotal = bySegment.getOrDefault(seg, 0L);
                double lq = parkTotal == 0 || segTotal == 0 || all == 0 ? 0 : ((double) n / segTotal) / ((double) parkTotal / all);
                density.put(seg, lq);
                cells.add(new Cell(p.code(), seg, n, lq));
            }
            // The second-level segments supplying the park's focus segments (a sub-segment inherits its parents' suppliers).
            Set<String> suppliers = new HashSet<>();
            for (String focus : p.focusSegments()) {
                Set<String> upAndSelf = new HashSet<>(taxonomy.ancestors(focus));
                upAndSelf.addAll(taxonomy.selfAndDescendants(focus));
                for (ChainEdge e : taxonomy.edges(EdgeKind.GOES_INTO)) {
                    if (upAndSelf.contains(e.to())) {
                        suppliers.add(LookThrough.secondLevel(taxonomy, e.from()));
                    }
                }
            }
            List<String> lacks = suppliers.stream().filter(density::containsKey).filter(s -> density.get(s) < 0.5).sorted().toList();
            rows.add(new ParkRow(p, parkTotal, lacks));
        }
        return new Result(List.copyOf(groups.keySet()), rows, cells);
    }
}
