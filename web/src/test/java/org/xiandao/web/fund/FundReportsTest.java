package org.xiandao.web.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.fund.Commitment;
import org.xiandao.core.fund.FlowKind;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundFlow;
import org.xiandao.core.fund.FundKind;
import org.xiandao.core.fund.Mandate;
import org.xiandao.core.fund.Valuation;
import org.xiandao.core.fund.Waterfall;
import org.xiandao.core.fund.WaterfallTerms;

class FundReportsTest {

    private static final LocalDate D0 = LocalDate.of(2020, 1, 1);

    private static FundReports reports(boolean feesInBase) {
        Fund f = new Fund("F", "基金", "Fund", FundKind.SUB_FUND, null, "GP", 2020, D0, 5, 2, 10, 0.02,
                new WaterfallTerms(0.0, true, 0, 0.2, feesInBase), BigDecimal.valueOf(1000), new Mandate(Set.of("IC"), 0.8, 0.5, 1, 0.2), true);
        FundFamily family = new FundFamily(List.of(f), List.of(), List.of(new Commitment("F", "LP", BigDecimal.valueOf(1000))),
                List.of(new FundFlow("F", D0, FlowKind.CALL, BigDecimal.valueOf(100)), new FundFlow("F", D0, FlowKind.FEE, BigDecimal.valueOf(20)),
                        new FundFlow("F", D0.plusYears(3), FlowKind.DISTRIBUTION, BigDecimal.valueOf(220))),
                List.of(new Valuation("F", D0.plusYears(3), BigDecimal.ZERO)), List.of());
        return new FundReports(family, TaxonomyReader.shipped(), code -> null);
    }

    @Test
    void feesInsideTheBaseAreReturnedBeforeCarry() {
        var inside = reports(true).report("F", D0.plusYears(4), null).waterfall();
        var outside = reports(false).report("F", D0.plusYears(4), null).waterfall();
        // No hurdle: capital first, then 20% of the rest. With fees in the base 120 comes back first.
        assertThat(inside.byTier().get(Waterfall.Tier.RETURN_OF_CAPITAL)[0]).isEqualByComparingTo("120.00");
        assertThat(inside.gp()).isEqualByComparingTo("20.00");
        assertThat(outside.byTier().get(Waterfall.Tier.RETURN_OF_CAPITAL)[0]).isEqualByComparingTo("100.00");
        assertThat(outside.gp()).isEqualByComparingTo("24.00");
    }
}
