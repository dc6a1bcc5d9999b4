package org.xiandao.core.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.park.Parks;
import org.xiandao.core.synthetic.SyntheticFundFamily;
import org.xiandao.core.synthetic.SyntheticShanghai;

class SyntheticFundFamilyTest {

    private static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    private static final List<Enterprise> FIRMS = new SyntheticShanghai(TAXONOMY, Parks.shipped(TAXONOMY), 42).enterprises(5_000).toList();
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    private static final FundFamily FAMILY = new SyntheticFundFamily(TAXONOMY, 1).generate(FIRMS, 20, 50, AS_OF);

    @Test
    void threeMotherFundsWithTheirSizesAndSixtySubFunds() {
        Map<FundKind, Long> kinds = FAMILY.funds().stream().collect(Collectors.groupingBy(Fund::kind, Collectors.counting()));
        assertThat(kinds).containsEntry(FundKind.MOTHER, 3L).containsEntry(FundKind.SUB_FUND, 60L);
        assertThat(FAMILY.funds().stream().filter(f -> f.id().equals("MF-IC")).findFirst().orElseThrow().size())
                .isEqualByComparingTo(new BigDecimal("45001000000"));
        assertThat(FAMILY.investments().stream().filter(i -> i.enterpriseCode() != null).count()).isBetween(2_000L, 3_000L);
    }

    @Test
    void everythingIsSyntheticAndNothingIsDatedAfterTheAsOfDay() {
        assertThat(FAMILY.funds()).allMatch(Fund::synthetic);
        assertThat(FAMILY.lps()).allMatch(Lp::synthetic);
        assertThat(FAMILY.flows()).allMatch(f -> !f.date().isAfter(AS_OF));
        assertThat(FAMILY.investments()).allMatch(i -> !i.date().isAfter(AS_OF));
    }

    @Test
    void isDeterministic() {
        assertThat(new SyntheticFundFamily(TAXONOMY, 1).generate(FIRMS, 20, 50, AS_OF)).isEqualTo(FAMILY);
    }

    @Test
    void subFundsInvestInTheirMothersIndustryInFirmsFoundedBeforehand() {
        Function<String, Enterprise> byCode = code -> FIRMS.stream().filter(e -> e.code().value().equals(code)).findFirst().orElseThrow();
        for (Investment i : FAMILY.investments()) {
            if (i.enterpriseCode() == null) {
                continue;
            }
            Enterprise e = byCode.apply(i.enterpriseCode());
            assertThat(e.founded()).isBeforeOrEqualTo(i.date());
            String industry = i.fundId().substring(3, i.fundId().indexOf('-', 3));
            assertThat(e.segments().stream().anyMatch(s -> TAXONOMY.industriesOf(s).stream().anyMatch(x -> x.name().equals(industry)))).isTrue();
        }
    }

    @Test
    void subFundsTraceAJCurve() {
        // The earliest sub-fund has books long enough to show the whole curve.
        Fund f = FAMILY.funds().stream().filter(x -> x.kind() == FundKind.SUB_FUND).min(java.util.Comparator.comparing(Fund::firstClose)).orElseThrow();
        String id = f.id();
        BigDecimal committed = FAMILY.commitments().stream().filter(c -> c.fundId().equals(id)).map(Commitment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<FundFlow> flows = FAMILY.flows().stream().filter(x -> x.fundId().equals(id)).toList();
        List<Valuation> navs = FAMILY.valuations().stream().filter(x -> x.fundId().equals(id)).toList();
        FundPerformance early = FundPerformance.of(committed, flows, navs, f.firstClose().plusYears(1), null);
        FundPerformance late = FundPerformance.of(committed, flows, navs, AS_OF, null);
        assertThat(early.multiples().tvpi()).isLessThan(1);
        assertThat(late.multiples().tvpi()).isGreaterThan(early.multiples().tvpi());
        assertThat(late.multiples().dpi()).isPositive();
        assertThat(committed).isEqualByComparingTo(f.size());
    }

    @Test
    void mandateCheckAndLookThroughUseTheFamily() {
        Fund mother = FAMILY.funds().stream().filter(x -> x.id().equals("MF-BIO")).findFirst().orElseThrow();
        Map<String, Enterprise> byCode = FIRMS.stream().collect(Collectors.toMap(e -> e.code().value(), e -> e));
        Map<String, BigDecimal> shares = LookThrough.shares(mother.id(), FAMILY.funds(), FAMILY.commitments());
        assertThat(shares).hasSize(21);
        LookThrough.Exposure exposure = LookThrough.of(shares, FAMILY.investments(), byCode::get, TAXONOMY);
        assertThat(exposure.total()).isPositive();
        assertThat(exposure.bySegment().keySet()).allMatch(TAXONOMY::contains);
        BigDecimal bio = exposure.bySegment().entrySet().stream().filter(e -> e.getKey().startsWith("BIO")).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(bio.doubleValue()).isGreaterThan(exposure.total().doubleValue() / 2);
        assertThat(exposure.unreachedSegments()).allMatch(s -> s.startsWith("IC") || s.startsWith("AI") || s.startsWith("BIO"));
        assertThat(exposure.unreachedSegments()).anyMatch(s -> s.startsWith("IC"));

        Fund sub = FAMILY.funds().stream().filter(x -> x.id().equals("MF-BIO-S03")).findFirst().orElseThrow();
        List<Investment> own = FAMILY.investments().stream().filter(i -> i.fundId().equals(sub.id())).toList();
        BigDecimal motherCommitment = FAMILY.commitments().stream().filter(c -> c.fundId().equals(sub.id()) && c.lpId().equals("MF-BIO"))
                .findFirst().orElseThrow().amount();
        EarlySmallHardTech esh = (e, d) -> e.headcount().staff() < 50;
        MandateCheck.Report report = MandateCheck.check(sub, own, byCode::get, TAXONOMY, esh, motherCommitment, AS_OF);
        assertThat(report.lines()).hasSize(4);
        assertThat(report.lines().get(0).actual()).isGreaterThan(0.9);
        assertThat(report.reinvest()).hasSize((int) own.stream().filter(i -> !i.date().isAfter(AS_OF)).count());
        assertThat(report.reinvest()).allMatch(l -> byCode.get(l.enterpriseCode()).parkCode() == null ? l.multiple() == 1.0 : l.multiple() == 1.2);
        assertThat(report.reinvest()).anyMatch(l -> l.multiple() == 1.2 && l.why().contains("counted at 1.2×"));
        long small = own.stream().filter(i -> byCode.get(i.enterpriseCode()).headcount().staff() < 50).count();
        assertThat(report.lines().get(1).actual() > 0).isEqualTo(small > 0);
    }
}
