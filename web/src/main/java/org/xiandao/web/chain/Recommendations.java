package org.xiandao.web.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.fund.Commitment;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundKind;
import org.xiandao.core.fund.FundPerformance;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.fund.PolicyEarlySmallHardTech;
import org.xiandao.core.park.Park;
import org.xiandao.core.park.Parks;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;

/**
 * Where the next yuan should go for one segment: its enterprises that are early, small and hard-tech by
 * the policy engine's definition and not yet held by any fund of the family, ranked with their reasons
 * (in a park that hosts the segment, or near one in the same district; R&amp;D intensity; Class I IP); the sub-funds of the segment's
 * industry that are still in their investment period with capital to call; and the policies each
 * candidate qualifies for, with what that support would cost.
 */
public final class Recommendations {

    public record PolicySupport(String policyId, String title, Long amount) {
    }

    public record Candidate(Enterprise enterprise, double score, List<String> reasons, List<PolicySupport> policies, long supportCost) {
    }

    public record FundRoom(String fundId, String name, BigDecimal unfunded, LocalDate investmentPeriodEnd) {
    }

    public record Result(Segment segment, LocalDate date, int examined, List<Candidate> candidates, List<FundRoom> funds, List<String> hostParks) {
    }

    private final Taxonomy taxonomy;
    private final Parks parks;
    private final List<Policy> policies;

    public Recommendations(Taxonomy taxonomy, Parks parks, List<Policy> policies) {
        this.taxonomy = taxonomy;
        this.parks = parks;
        this.policies = policies;
    }

    /**
     * @param enterprises the segment's enterprises (in it or below it)
     * @param family      the fund family, to exclude holdings and find room
     */
    public Result recommend(Segment segment, List<Enterprise> enterprises, FundFamily family, LocalDate date, int top) {
        Set<String> held = new HashSet<>();
        family.investments().stream().map(Investment::enterpriseCode).filter(c -> c != null).forEach(held::add);
        List<Park> hostParks = parks.hosting(segment.code(), taxonomy);
        Set<String> host = new HashSet<>();
        hostParks.forEach(p -> host.add(p.code()));
        PolicyEarlySmallHardTech esh = new PolicyEarlySmallHardTech(taxonomy);
        PolicyInterpreter interpreter = new PolicyInterpreter(taxonomy);
        List<Candidate> candidates = new ArrayList<>();
        for (Enterprise e : enterprises) {
            if (held.contains(e.code().value()) || !esh.test(e, date)) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("early, small and hard-tech by the early_small_hardtech policy on " + date);
            reasons.add("not held by any fund of the family");
            double score = 0;
            if (e.parkCode() != null && host.contains(e.parkCode())) {
                score += 2;
                reasons.add("in " + parks.find(e.parkCode()).map(Park::nameEn).orElse(e.parkCode()) + ", which hosts the segment");
            } else {
                // Near a host park: in the same district, where a move or a supplier contract is a short step.
                java.util.Optional<Park> near = hostParks.stream().filter(p -> p.district() == e.district()).findFirst();
                if (near.isPresent()) {
                    score += 1;
                    reasons.add("near " + near.get().nameEn() + ", which hosts the segment (same district, " + e.district().nameEn() + ")");
                }
            }
            double intensity = e.financials().revenue() > 0 ? (double) e.financials().rdExpense(2) / e.financials().revenue() : 1;
            score += Math.min(2, intensity * 4);
            reasons.add(e.financials().revenue() > 0 ? String.format(java.util.Locale.ROOT, "R&D %.0f%% of revenue", intensity * 100)
                    : "spends on R&D with no revenue yet");
            if (e.ip().classOne() > 0) {
                score += Math.min(1.5, 0.5 * Math.log1p(e.ip().classOne()));
                reasons.add(e.ip().classOne() + " Class I IP");
            }
            candidates.add(new Candidate(e, score, reasons, List.of(), 0));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.enterprise().code().value()));
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(top, candidates.size()))) {
            List<PolicySupport> support = new ArrayList<>();
            long cost = 0;
            for (Policy p : policies) {
                if (!p.inForce(date) || p.id().equals(PolicyEarlySmallHardTech.POLICY_ID)) {
                    continue;
                }
                Evaluation ev = interpreter.evaluate(p, Facts.of(c.enterprise()), date);
                if (ev.outcome() == Outcome.QUALIFIES) {
                    support.add(new PolicySupport(p.id(), p.titleEn(), ev.amount()));
                    cost += ev.amount() == null ? 0 : ev.amount();
                }
            }
            ranked.add(new Candidate(c.enterprise(), c.score(), c.reasons(), support, cost));
        }
        return new Result(segment, date, enterprises.size(), ranked, room(segment, family, date), host.stream().sorted().toList());
    }

    /** Sub-funds of the segment's industry still in their investment period (with extension) and with capital to call. */
    private List<FundRoom> room(Segment segment, FundFamily family, LocalDate date) {
        List<FundRoom> out = new ArrayList<>();
        for (Fund f : family.funds()) {
            if (f.kind() == FundKind.MOTHER) {
                continue;
            }
            boolean industry = f.mandate().industrySegments().stream().anyMatch(s -> taxonomy.selfAndDescendants(s).contains(segment.code()));
            LocalDate end = f.firstClose().plusYears(f.investmentYears() + f.extensionYears());
            if (!industry || date.isAfter(end)) {
                continue;
            }
            BigDecimal committed = family.commitments().stream().filter(c -> c.fundId().equals(f.id())).map(Commitment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            FundPerformance p = FundPerformance.of(committed, family.flows().stream().filter(x -> x.fundId().equals(f.id())).toList(),
                    List.of(), date, null);
            if (p.unfunded().signum() > 0) {
                out.add(new FundRoom(f.id(), f.nameEn(), p.unfunded(), end));
            }
        }
        out.sort(Comparator.comparing(FundRoom::unfunded).reversed());
        return out;
    }
}
