package org.xiandao.core.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked waterfall cases of ../shared/reference/guidance-funds.md §4.7. */
class WaterfallTest {

    private static final LocalDate T0 = LocalDate.of(2020, 1, 1);
    /** Five years of 365 days, so the pref is exactly 100 × (1.08⁵ − 1) = 46.9328. */
    private static final LocalDate EXIT = T0.plusDays(5 * 365);

    private static Waterfall.Allocation european(double proceeds, WaterfallTerms terms) {
        List<Waterfall.Allocation> a = Waterfall.european(List.of(new CashFlow(T0, 100)), List.of(new CashFlow(EXIT, proceeds)), terms);
        assertThat(a).hasSize(1);
        assertThat(a.get(0).lp().add(a.get(0).gp())).isEqualByComparingTo(BigDecimal.valueOf(proceeds));
        return a.get(0);
    }

    private static BigDecimal tier(Waterfall.Allocation a, Waterfall.Tier t, boolean gp) {
        return a.tiers().stream().filter(x -> x.tier() == t).map(x -> gp ? x.gp() : x.lp()).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "proceeds {0}")
    @CsvSource({
        // proceeds, ROC, pref, catch-up to GP, split LP, split GP, LP total, GP total
        "200, 100, 46.93, 11.73, 33.07, 8.27, 180.00, 20.00",
        "150, 100, 46.93, 3.07, 0, 0, 146.93, 3.07",
        "140, 100, 40.00, 0, 0, 0, 140.00, 0",
        "90, 90, 0, 0, 0, 0, 90.00, 0",
    })
    void europeanWorkedExample(double proceeds, String roc, String pref, String catchUp, String splitLp, String splitGp, String lp, String gp) {
        Waterfall.Allocation a = european(proceeds, WaterfallTerms.standard());
        assertThat(tier(a, Waterfall.Tier.RETURN_OF_CAPITAL, false)).isEqualByComparingTo(roc);
        assertThat(tier(a, Waterfall.Tier.PREFERRED_RETURN, false)).isEqualByComparingTo(pref);
        assertThat(tier(a, Waterfall.Tier.CATCH_UP, true)).isEqualByComparingTo(catchUp);
        assertThat(tier(a, Waterfall.Tier.CARRIED_INTEREST, false)).isEqualByComparingTo(splitLp);
        assertThat(tier(a, Waterfall.Tier.CARRIED_INTEREST, true)).isEqualByComparingTo(splitGp);
        assertThat(a.lp()).isEqualByComparingTo(lp);
        assertThat(a.gp()).isEqualByComparingTo(gp);
    }

    @Test
    void simpleInterestPreference() {
        Waterfall.Allocation a = european(200, new WaterfallTerms(0.08, false, 1.0, 0.2));
        assertThat(tier(a, Waterfall.Tier.PREFERRED_RETURN, false)).isEqualByComparingTo("40.00");
        assertThat(tier(a, Waterfall.Tier.CATCH_UP, true)).isEqualByComparingTo("10.00");
        assertThat(tier(a, Waterfall.Tier.CARRIED_INTEREST, false)).isEqualByComparingTo("40.00");
        assertThat(tier(a, Waterfall.Tier.CARRIED_INTEREST, true)).isEqualByComparingTo("10.00");
        assertThat(a.lp()).isEqualByComparingTo("180.00");
        assertThat(a.gp()).isEqualByComparingTo("20.00");
    }

    @Test
    void partialCatchUp() {
        Waterfall.Allocation a = european(200, new WaterfallTerms(0.08, true, 0.8, 0.2));
        assertThat(tier(a, Waterfall.Tier.CATCH_UP, true)).isEqualByComparingTo("12.52");
        assertThat(tier(a, Waterfall.Tier.CATCH_UP, false)).isEqualByComparingTo("3.13");
        BigDecimal split = tier(a, Waterfall.Tier.CARRIED_INTEREST, false).add(tier(a, Waterfall.Tier.CARRIED_INTEREST, true));
        assertThat(split).isEqualByComparingTo("37.42");
        assertThat(a.lp()).isEqualByComparingTo("180.00");
        assertThat(a.gp()).isEqualByComparingTo("20.00");
    }

    @Test
    void noHurdleMeansCapitalFirstThenTwentyPercent() {
        // 先回本后分利: capital back first, then 20% of the gain to the manager.
        Waterfall.Allocation a = european(200, new WaterfallTerms(0, true, 0, 0.2));
        assertThat(a.lp()).isEqualByComparingTo("180.00");
        assertThat(a.gp()).isEqualByComparingTo("20.00");
    }

    @Test
    void americanDealByDealNeedsAClawback() {
        Waterfall.Deal a = new Waterfall.Deal("A", List.of(new CashFlow(T0, 50)), List.of(new CashFlow(T0.plusDays(2 * 365), 100)));
        Waterfall.Deal b = new Waterfall.Deal("B", List.of(new CashFlow(T0, 50)), List.of(new CashFlow(T0.plusDays(4 * 365), 0)));
        Waterfall.AmericanResult r = Waterfall.american(List.of(a, b), WaterfallTerms.standard());
        Waterfall.Allocation dealA = r.deals().get(0).get(0);
        assertThat(tier(dealA, Waterfall.Tier.PREFERRED_RETURN, false)).isEqualByComparingTo("8.32");
        assertThat(dealA.lp()).isEqualByComparingTo("90.00");
        assertThat(dealA.gp()).isEqualByComparingTo("10.00");
        assertThat(r.gpDealByDeal()).isEqualByComparingTo("10.00");
        assertThat(r.gpWholeFund()).isEqualByComparingTo("0.00");
        assertThat(r.clawback()).isEqualByComparingTo("10.00");
    }

    @Test
    void prefAccruesOnlyOnUnreturnedCapital() {
        // Half the capital comes back after one year; the rest of the pref accrues on the other half only.
        List<Waterfall.Allocation> a = Waterfall.european(List.of(new CashFlow(T0, 100)),
                List.of(new CashFlow(T0.plusDays(365), 50), new CashFlow(T0.plusDays(730), 100)), WaterfallTerms.standard());
        double pref = (100 * 1.08 - 50) * 1.08 - 50; // unpaid pref after two years on the remaining balance
        assertThat(tier(a.get(1), Waterfall.Tier.PREFERRED_RETURN, false).doubleValue()).isCloseTo(pref, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void badTermsAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WaterfallTerms(0.08, true, 0.15, 0.2))
                .hasMessageContaining("catch-up share must exceed the carry");
    }

    @Test
    void termsSayWhetherFeesCountAsContributedCapital() {
        assertThat(WaterfallTerms.standard().feesInBase()).isTrue();
        assertThat(new WaterfallTerms(0.08, true, 1.0, 0.2, false).feesInBase()).isFalse();
    }
}
