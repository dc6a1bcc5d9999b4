package org.xiandao.core.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The industry-chain taxonomy: a DAG of segments with two edge kinds. {@code is_type_of} edges point
 * from a segment to its parents (a segment may have several: AI chips are both an IC design segment
 * and an AI compute segment); {@code goes_into} edges point from a supplier segment to the segment
 * its output goes into.
 *
 * <p>Instances are immutable and always valid: the constructor rejects unknown codes, cycles in
 * either edge kind, and segments that do not reach their industry's root.
 */
public final class Taxonomy {

    private final Map<String, Segment> segments;
    private final List<ChainEdge> edges;
    private final Graph<String, DefaultEdge> typeOf = new SimpleDirectedGraph<>(DefaultEdge.class);
    private final Graph<String, DefaultEdge> goesInto = new SimpleDirectedGraph<>(DefaultEdge.class);

    public Taxonomy(Collection<Segment> segments, Collection<ChainEdge> edges) {
        Map<String, Segment> byCode = new LinkedHashMap<>();
        for (Segment s : segments) {
            if (byCode.putIfAbsent(s.code(), s) != null) {
                throw new TaxonomyException("segment " + s.code() + " is defined twice");
            }
            typeOf.addVertex(s.code());
            goesInto.addVertex(s.code());
        }
        this.segments = Map.copyOf(byCode);
        this.edges = List.copyOf(edges);
        for (ChainEdge e : edges) {
            for (String end : List.of(e.from(), e.to())) {
                if (!byCode.containsKey(end)) {
                    throw new TaxonomyException(e.kind() + " edge " + e.from() + " -> " + e.to()
                            + " names unknown segment " + end);
                }
            }
            if (e.from().equals(e.to())) {
                throw new TaxonomyException(e.kind() + " edge from " + e.from() + " to itself");
            }
            (e.kind() == EdgeKind.IS_TYPE_OF ? typeOf : goesInto).addEdge(e.from(), e.to());
        }
        rejectCycles(typeOf, EdgeKind.IS_TYPE_OF);
        rejectCycles(goesInto, EdgeKind.GOES_INTO);
        for (Segment s : byCode.values()) {
            if (s.isRoot() && typeOf.outDegreeOf(s.code()) > 0) {
                throw new TaxonomyException("industry root " + s.code() + " cannot be a type of another segment");
            }
            if (!s.isRoot() && !ancestors(s.code()).contains(s.industry().rootCode())) {
                throw new TaxonomyException("segment " + s.code() + " does not reach its industry root "
                        + s.industry().rootCode() + " through is_type_of edges");
            }
        }
        this.orderedCodes = byCode.keySet().stream().toList();
    }

    private final List<String> orderedCodes;

    private static void rejectCycles(Graph<String, DefaultEdge> g, EdgeKind kind) {
        CycleDetector<String, DefaultEdge> detector = new CycleDetector<>(g);
        if (detector.detectCycles()) {
            Set<String> inCycle = new java.util.TreeSet<>(detector.findCycles());
            throw new TaxonomyException(kind + " edges form a cycle through " + String.join(", ", inCycle));
        }
    }

    /** All segments in file order. */
    public List<Segment> segments() {
        return orderedCodes.stream().map(segments::get).toList();
    }

    public List<ChainEdge> edges(EdgeKind kind) {
        return edges.stream().filter(e -> e.kind() == kind).toList();
    }

    public Optional<Segment> find(String code) {
        return Optional.ofNullable(segments.get(code));
    }

    /** Returns the segment or throws, naming the nearest existing codes. */
    public Segment require(String code) {
        Segment s = segments.get(code);
        if (s == null) {
            throw new TaxonomyException("unknown segment '" + code + "'; nearest codes: "
                    + String.join(", ", nearestCodes(code, 3)));
        }
        return s;
    }

    public boolean contains(String code) {
        return segments.containsKey(code);
    }

    /** The existing codes closest to {@code text} by edit distance, closest first. */
    public List<String> nearestCodes(String text, int limit) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String key = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return orderedCodes.stream()
                .sorted(Comparator.comparingInt((String c) -> distance.apply(key, c)).thenComparing(c -> c))
                .limit(limit).toList();
    }

    public List<Segment> parents(String code) {
        return typeOf.outgoingEdgesOf(require(code).code()).stream().map(typeOf::getEdgeTarget)
                .map(segments::get).toList();
    }

    public List<Segment> children(String code) {
        return typeOf.incomingEdgesOf(require(code).code()).stream().map(typeOf::getEdgeSource)
                .map(segments::get).sorted(Comparator.comparing(s -> orderedCodes.indexOf(s.code()))).toList();
    }

    /** Every segment above {@code code} along is_type_of edges, nearest first. */
    public Set<String> ancestors(String code) {
        Set<String> out = new LinkedHashSet<>();
        new BreadthFirstIterator<>(typeOf, code).forEachRemaining(out::add);
        out.remove(code);
        return out;
    }

    /** {@code code} and every segment below it along is_type_of edges. */
    public Set<String> selfAndDescendants(String code) {
        require(code);
        Set<String> out = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(code));
        while (!queue.isEmpty()) {
            String c = queue.remove(0);
            if (out.add(c)) {
                typeOf.incomingEdgesOf(c).forEach(e -> queue.add(typeOf.getEdgeSource(e)));
            }
        }
        return out;
    }

    /** Segments with no sub-segments: the ones enterprises are usually classified into. */
    public List<Segment> leaves() {
        return segments().stream().filter(s -> typeOf.inDegreeOf(s.code()) == 0).toList();
    }

    public boolean isLeaf(String code) {
        return typeOf.inDegreeOf(require(code).code()) == 0;
    }

    /** The industries a segment belongs to: its own and those of every root it reaches. */
    public Set<Industry> industriesOf(String code) {
        Set<Industry> out = new LinkedHashSet<>();
        out.add(require(code).industry());
        for (String a : ancestors(code)) {
            out.add(segments.get(a).industry());
        }
        return out;
    }

    /** Depth below the industry root along the shortest is_type_of path (roots are 0). */
    public int depth(String code) {
        Segment s = require(code);
        if (s.isRoot()) {
            return 0;
        }
        return 1 + parents(code).stream().mapToInt(p -> depth(p.code())).min().orElse(0);
    }

    /** Segments that supply {@code code} directly (their output goes into it). */
    public List<Segment> suppliersOf(String code) {
        return goesInto.incomingEdgesOf(require(code).code()).stream().map(goesInto::getEdgeSource)
                .map(segments::get).toList();
    }

    /** Segments that {@code code} supplies directly. */
    public List<Segment> customersOf(String code) {
        return goesInto.outgoingEdgesOf(require(code).code()).stream().map(goesInto::getEdgeTarget)
                .map(segments::get).toList();
    }

    public int size() {
        return segments.size();
    }
}
