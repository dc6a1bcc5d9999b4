package org.xiandao.core.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xiandao.core.enterprise.Population;

/**
 * Chain health from enterprise-level edges: for each segment of the supply graph, how many of its local
 * enterprises buy from at least one local enterprise in a segment that goes into it (directly or into one
 * of its parents), and how many are backed by the guidance fund and with how much.
 *
 * <p>Edges are enterprise indexes into a {@link Population}. Membership is kept as one 64-bit mask per
 * enterprise over the supply graph's segments, so an edge costs a few AND operations.
 */
public final class SupplyLinks {

    /** Supply edges: {@code supplier[k]} sells to {@code customer[k]}. */
    public record SupplyEdges(int[] supplier, int[] customer) {
        public SupplyEdges {
            if (supplier.length != customer.length) {
                throw new IllegalArgumentException("supplier and customer arrays differ in length");
            }
        }
    }

    /** Investment edges: a fund put {@code amount[k]} yuan into enterprise {@code enterprise[k]}. */
    public record InvestmentEdges(int[] enterprise, long[] amount) {
        public InvestmentEdges {
            if (enterprise.length != amount.length) {
                throw new IllegalArgumentException("enterprise and amount arrays differ in length");
            }
        }
    }

    /**
     * @param locallySupplied enterprises of the segment with at least one local supplier in a segment that goes into it
     * @param fundBacked      enterprises of the segment with at least one fund investment; {@code fundAmount} their sum
     */
    public record SegmentLinks(String code, int enterprises, int locallySupplied, int fundBacked, long fundAmount) {
        public double locallySuppliedShare() {
            return enterprises == 0 ? 0 : (double) locallySupplied / enterprises;
        }
    }

    private SupplyLinks() {
    }

    public static List<SegmentLinks> of(Taxonomy taxonomy, Population population, SupplyEdges supply, InvestmentEdges investments) {
        List<String> nodes = new ArrayList<>(ChainLayers.members(taxonomy));
        if (nodes.size() > 64) {
            throw new IllegalStateException("the supply graph has " + nodes.size() + " segments; SupplyLinks handles at most 64");
        }
        long[] supplierMask = new long[nodes.size()];
        for (int b = 0; b < nodes.size(); b++) {
            Set<String> into = new HashSet<>(taxonomy.ancestors(nodes.get(b)));
            into.add(nodes.get(b));
            for (ChainEdge e : taxonomy.edges(EdgeKind.GOES_INTO)) {
                if (into.contains(e.to())) {
                    supplierMask[b] |= 1L << nodes.indexOf(e.from());
                }
            }
        }
        List<String> codes = population.segmentCodes();
        long[] codeMask = new long[codes.size()];
        for (int b = 0; b < nodes.size(); b++) {
            Set<String> under = taxonomy.selfAndDescendants(nodes.get(b));
            for (int id = 0; id < codes.size(); id++) {
                if (under.contains(codes.get(id))) {
                    codeMask[id] |= 1L << b;
                }
            }
        }
        int n = population.size();
        long[] member = new long[n];
        for (int i = 0; i < n; i++) {
            long m = 0;
            for (int k = population.segmentStart(i); k < population.segmentEnd(i); k++) {
                int id = population.segmentId(k);
                if (id >= 0) {
                    m |= codeMask[id];
                }
            }
            member[i] = m;
        }
        long[] covered = new long[n];
        int[] sup = supply.supplier();
        int[] cus = supply.customer();
        for (int k = 0; k < sup.length; k++) {
            long m = member[cus[k]] & ~covered[cus[k]];
            long s = member[sup[k]];
            while (m != 0 && s != 0) {
                int b = Long.numberOfTrailingZeros(m);
                m &= m - 1;
                if ((s & supplierMask[b]) != 0) {
                    covered[cus[k]] |= 1L << b;
                }
            }
        }
        int[] enterprises = new int[nodes.size()];
        int[] supplied = new int[nodes.size()];
        for (int i = 0; i < n; i++) {
            for (long m = member[i]; m != 0; m &= m - 1) {
                enterprises[Long.numberOfTrailingZeros(m)]++;
            }
            for (long m = covered[i]; m != 0; m &= m - 1) {
                supplied[Long.numberOfTrailingZeros(m)]++;
            }
        }
        int[] backed = new int[nodes.size()];
        long[] amount = new long[nodes.size()];
        boolean[] seen = new boolean[n];
        int[] inv = investments.enterprise();
        for (int k = 0; k < inv.length; k++) {
            for (long m = member[inv[k]]; m != 0; m &= m - 1) {
                amount[Long.numberOfTrailingZeros(m)] += investments.amount()[k];
                if (!seen[inv[k]]) {
                    backed[Long.numberOfTrailingZeros(m)]++;
                }
            }
            seen[inv[k]] = true;
        }
        List<SegmentLinks> out = new ArrayList<>(nodes.size());
        for (int b = 0; b < nodes.size(); b++) {
            out.add(new SegmentLinks(nodes.get(b), enterprises[b], supplied[b], backed[b], amount[b]));
        }
        return out;
    }
}
