package org.xiandao.core.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.DepthFirstIterator;
import org.xiandao.core.enterprise.Population;

/**
 * Chain health over the supply graph ({@code goes_into}): for every segment in it, what the local
 * enterprise pool holds (enterprises, revenue, R&amp;D, staff, equity, R&amp;D growth), how concentrated
 * its revenue is (HHI, top-1 and top-3 shares), how far its output reaches downstream (a sub-segment
 * inheriting its parents' customers), and a weak-link score whose components are kept. One pass over the
 * columnar population.
 */
public final class ChainHealth {

    /** Suppliers scoring above this are called thin in their customers' health. */
    public static final double THIN = 0.5;

    private ChainHealth() {
    }

    public static List<SegmentHealth> of(Taxonomy taxonomy, Population population) {
        List<String> nodes = new ArrayList<>(ChainLayers.members(taxonomy));
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i), i);
        }
        // For each taxonomy segment, the chain nodes it rolls up to (itself and its ancestors in the chain).
        List<String> codes = population.segmentCodes();
        int[][] rollUp = new int[codes.size()][];
        for (int s = 0; s < codes.size(); s++) {
            Set<String> up = new HashSet<>(taxonomy.ancestors(codes.get(s)));
            up.add(codes.get(s));
            rollUp[s] = up.stream().filter(nodeIndex::containsKey).mapToInt(nodeIndex::get).sorted().toArray();
        }
        int n = nodes.size();
        int[] count = new int[n];
        double[] revenue = new double[n];
        double[] revenueSq = new double[n];
        double[] rd = new double[n];
        double[] rdPrev = new double[n];
        double[] staff = new double[n];
        double[] equity = new double[n];
        double[][] top = new double[n][3];
        double[] rev = population.numbers("revenue");
        double[] rd3 = population.numbers("rd_expense_y3");
        double[] rd2 = population.numbers("rd_expense_y2");
        double[] st = population.numbers("staff");
        double[] eq = population.numbers("equity_raised");
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        for (int i = 0; i < population.size(); i++) {
            int t = 0;
            for (int k = population.segmentStart(i); k < population.segmentEnd(i); k++) {
                int id = population.segmentId(k);
                if (id < 0) {
                    continue;
                }
                for (int node : rollUp[id]) {
                    if (!seen[node]) {
                        seen[node] = true;
                        touched[t++] = node;
                    }
                }
            }
            for (int j = 0; j < t; j++) {
                int node = touched[j];
                seen[node] = false;
                count[node]++;
                revenue[node] += rev[i];
                revenueSq[node] += rev[i] * rev[i];
                rd[node] += rd3[i];
                rdPrev[node] += rd2[i];
                staff[node] += st[i];
                equity[node] += eq[i];
                double[] tp = top[node];
                if (rev[i] > tp[2]) {
                    if (rev[i] > tp[0]) {
                        tp[2] = tp[1];
                        tp[1] = tp[0];
                        tp[0] = rev[i];
                    } else if (rev[i] > tp[1]) {
                        tp[2] = tp[1];
                        tp[1] = rev[i];
                    } else {
                        tp[2] = rev[i];
                    }
                }
            }
        }

        // A sub-segment inherits its parents' customers: AI chips (under AI compute) go wherever compute goes.
        Graph<String, DefaultEdge> supply = new SimpleDirectedGraph<>(DefaultEdge.class);
        nodes.forEach(supply::addVertex);
        for (String node : nodes) {
            Set<String> from = new HashSet<>(taxonomy.ancestors(node));
            from.add(node);
            for (ChainEdge e : taxonomy.edges(EdgeKind.GOES_INTO)) {
                if (from.contains(e.from()) && !e.to().equals(node) && supply.containsVertex(e.to())) {
                    supply.addEdge(node, e.to());
                }
            }
        }
        int[] reach = new int[n];
        int maxReach = 1;
        for (int i = 0; i < n; i++) {
            DepthFirstIterator<String, DefaultEdge> it = new DepthFirstIterator<>(supply, nodes.get(i));
            int r = -1;
            while (it.hasNext()) {
                it.next();
                r++;
            }
            reach[i] = r;
            maxReach = Math.max(maxReach, r);
        }
        int maxCount = Arrays.stream(count).max().orElse(0);
        Map<Industry, Double> medianIntensity = medianIntensity(taxonomy, nodes, rd, revenue);

        WeakLink[] links = new WeakLink[n];
        for (int i = 0; i < n; i++) {
            double thinness = maxCount == 0 ? 1 : 1 - Math.log1p(count[i]) / Math.log1p(maxCount);
            double hhi = revenue[i] > 0 ? revenueSq[i] / (revenue[i] * revenue[i]) : (count[i] == 0 ? 1 : 1.0 / count[i]);
            double intensity = revenue[i] > 0 ? rd[i] / revenue[i] : 0;
            double median = medianIntensity.get(taxonomy.require(nodes.get(i)).industry());
            double gap = median > 0 ? Math.max(0, Math.min(1, 1 - intensity / median)) : 0;
            links[i] = WeakLink.of(thinness, hhi, gap, (double) reach[i] / maxReach);
        }
        List<SegmentHealth> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Segment s = taxonomy.require(nodes.get(i));
            List<String> suppliers = taxonomy.suppliersOf(s.code()).stream().map(Segment::code).toList();
            List<String> thin = suppliers.stream().filter(x -> links[nodeIndex.get(x)].score() > THIN).toList();
            double[] tp = top[i];
            out.add(new SegmentHealth(s.code(), s.nameZh(), s.nameEn(), s.industry(), s.position(), count[i], Math.round(revenue[i]),
                    Math.round(rd[i]), Math.round(staff[i]), Math.round(equity[i]), revenue[i] > 0 ? rd[i] / revenue[i] : 0,
                    rdPrev[i] > 0 ? rd[i] / rdPrev[i] - 1 : 0,
                    revenue[i] > 0 ? revenueSq[i] / (revenue[i] * revenue[i]) : 0,
                    revenue[i] > 0 ? tp[0] / revenue[i] : 0, revenue[i] > 0 ? (tp[0] + tp[1] + tp[2]) / revenue[i] : 0,
                    suppliers, taxonomy.customersOf(s.code()).stream().map(Segment::code).toList(), thin, links[i]));
        }
        return out;
    }

    /** The weakest links first. */
    public static List<SegmentHealth> weakLinks(List<SegmentHealth> health) {
        return health.stream().sorted(Comparator.comparingDouble((SegmentHealth h) -> h.weakLink().score()).reversed()
                .thenComparing(SegmentHealth::code)).toList();
    }

    private static Map<Industry, Double> medianIntensity(Taxonomy taxonomy, List<String> nodes, double[] rd, double[] revenue) {
        Map<Industry, List<Double>> values = new EnumMap<>(Industry.class);
        for (int i = 0; i < nodes.size(); i++) {
            if (revenue[i] > 0) {
                values.computeIfAbsent(taxonomy.require(nodes.get(i)).industry(), k -> new ArrayList<>()).add(rd[i] / revenue[i]);
            }
        }
        Map<Industry, Double> out = new EnumMap<>(Industry.class);
        for (Industry industry : Industry.values()) {
            List<Double> v = values.getOrDefault(industry, List.of());
            out.put(industry, v.isEmpty() ? 0 : v.stream().sorted().toList().get(v.size() / 2));
        }
        return out;
    }
}
