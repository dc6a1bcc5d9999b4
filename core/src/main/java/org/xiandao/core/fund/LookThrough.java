package org.xiandao.core.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.xiandao.core.chain.Industry;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;

/**
 * Looks through a fund family: a mother fund's exposure to enterprises through its sub-funds, pro rata to
 * its share of each sub-fund's commitments, summed by segment, district and funding stage; and the
 * segments of the three industries the whole family has not reached.
 */
public final class LookThrough {

    private LookThrough() {
    }

    public record Exposure(Map<String, BigDecimal> bySegment, Map<String, BigDecimal> byDistrict, Map<String, BigDecimal> byStage,
                           BigDecimal total, List<String> unreachedSegments) {
    }

    /**
     * @param shares      for each fund reached, the top fund's share of it (1 for the top fund itself)
     * @param investments every enterprise investment of those funds
     */
    public static Exposure of(Map<String, BigDecimal> shares, List<Investment> investments, Function<String, Enterprise> enterprises,
                              Taxonomy taxonomy) {
        Map<String, BigDecimal> bySegment = new TreeMap<>();
        Map<String, BigDecimal> byDistrict = new TreeMap<>();
        Map<String, BigDecimal> byStage = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Investment i : investments) {
            BigDecimal share = shares.get(i.fundId());
            if (share == null || i.enterpriseCode() == null) {
                continue;
            }
            BigDecimal amount = i.amount().multiply(share).setScale(2, RoundingMode.HALF_EVEN);
            total = total.add(amount);
            Enterprise e = enterprises.apply(i.enterpriseCode());
            if (e == null) {
                bySegment.merge("unknown", amount, BigDecimal::add);
                continue;
            }
            bySegment.merge(secondLevel(taxonomy, e.segments().get(0)), amount, BigDecimal::add);
            byDistrict.merge(e.district().name(), amount, BigDecimal::add);
            byStage.merge(i.round() == null || i.round().isBlank() ? e.stage().name() : i.round(), amount, BigDecimal::add);
        }
        List<String> unreached = new ArrayList<>();
        for (Industry industry : Industry.values()) {
            for (Segment s : taxonomy.children(industry.rootCode())) {
                if (s.industry() == industry && !bySegment.containsKey(s.code())) {
                    unreached.add(s.code());
                }
            }
        }
        return new Exposure(bySegment, byDistrict, byStage, total, unreached);
    }

    /** The second-level segment (e.g. IC-2) a segment belongs to within its own industry. */
    public static String secondLevel(Taxonomy taxonomy, String code) {
        Segment s = taxonomy.require(code);
        if (taxonomy.depth(code) <= 1) {
            return code;
        }
        return taxonomy.parents(code).stream().filter(p -> p.industry() == s.industry()).findFirst()
                .map(p -> secondLevel(taxonomy, p.code())).orElse(code);
    }

    /** Which funds a top fund reaches and with what share: itself at 1, each sub-fund at its commitment share. */
    public static Map<String, BigDecimal> shares(String topFundId, List<Fund> family, List<Commitment> commitments) {
        Map<String, BigDecimal> out = new TreeMap<>();
        out.put(topFundId, BigDecimal.ONE);
        for (Fund f : family) {
            if (topFundId.equals(f.parentId())) {
                BigDecimal total = commitments.stream().filter(c -> c.fundId().equals(f.id())).map(Commitment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal mine = commitments.stream().filter(c -> c.fundId().equals(f.id()) && c.lpId().equals(topFundId))
                        .map(Commitment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.signum() > 0) {
                    out.put(f.id(), mine.divide(total, 12, RoundingMode.HALF_EVEN));
                }
            }
        }
        return out;
    }
}
