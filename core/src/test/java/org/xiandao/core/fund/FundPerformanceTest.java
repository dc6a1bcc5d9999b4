package org.xiandao.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundPerformanceTest {

    private static final LocalDate D0 = LocalDate.of(2020, 1, 1);

    private static FundFlow flow(int days, FlowKind kind, long amount) {
        return new FundFlow("F", D0.plusDays(days), kind, BigDecimal.valueOf(amount));
    }

    private static final List<FundFlow> FLOWS = List.of(
            flow(0, FlowKind.CALL, 400), flow(0, FlowKind.FEE, 20), flow(365, FlowKind.CALL, 300),
            flow(730, FlowKind.DISTRIBUTION, 200), flow(1095, FlowKind.DISTRIBUTION, 500));
    private static final List<Valuation> NAVS = List.of(
            new Valuation("F", D0.plusDays(364), BigDecimal.valueOf(380)),
            new Valuation("F", D0.plusDays(729), BigDecimal.valueOf(800)),
            new Valuation("F", D0.plusDays(1094), BigDecimal.valueOf(900)));

    @Test
    void performanceAsOfAPastDateIgnoresLaterEntries() {
        FundPerformance p = FundPerformance.of(BigDecimal.valueOf(1000), FLOWS, NAVS, D0.plusDays(800), null);
        assertThat(p.paidIn()).isEqualByComparingTo("720");
        assertThat(p.distributed()).isEqualByComparingTo("200");
        assertThat(p.nav()).isEqualByComparingTo("800");
        assertThat(p.valuationDate()).isEqualTo(D0.plusDays(729));
        assertThat(p.unfunded()).isEqualByComparingTo("280");
        assertThat(p.multiples().dpi()).isCloseTo(200 / 720.0, within(1e-12));
        assertThat(p.multiples().tvpi()).isCloseTo(1000 / 720.0, within(1e-12));
        assertThat(p.multiples().pic()).isCloseTo(0.72, within(1e-12));
        double expected = Irr.xirr(List.of(new CashFlow(D0, -420), new CashFlow(D0.plusDays(365), -300),
                new CashFlow(D0.plusDays(730), 200), new CashFlow(D0.plusDays(800), 800))).rate();
        assertThat(p.netIrr().rate()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void beforeAnyValuationTheNavIsZeroAndSaidSo() {
        FundPerformance p = FundPerformance.of(BigDecimal.valueOf(1000), FLOWS, NAVS, D0.plusDays(10), null);
        assertThat(p.valuationDate()).isNull();
        assertThat(p.nav()).isEqualByComparingTo("0");
        assertThat(p.netIrr().status()).isEqualTo(IrrResult.Status.NO_SIGN_CHANGE);
    }

    @Test
    void pmeAgainstAnIndex() {
        IndexSeries index = new IndexSeries("CSI", Map.of(D0, 100.0, D0.plusDays(365), 110.0, D0.plusDays(730), 120.0, D0.plusDays(1095), 130.0));
        FundPerformance p = FundPerformance.of(BigDecimal.valueOf(1000), FLOWS, NAVS, D0.plusDays(1095), index);
        double fvIn = 420 * 1.3 + 300 * 130 / 110.0;
        double fvOut = 200 * 130 / 120.0 + 500;
        assertThat(p.ksPme()).isCloseTo((fvOut + 900) / fvIn, within(1e-12));
        assertThat(p.directAlpha().hasRate()).isTrue();
    }

    @Test
    void capitalAccountsShareProRata() {
        FundPerformance p = FundPerformance.of(BigDecimal.valueOf(1000), FLOWS, NAVS, D0.plusDays(800), null);
        CapitalAccount a = CapitalAccount.of(new Commitment("F", "A", BigDecimal.valueOf(250)), BigDecimal.valueOf(1000), p);
        assertThat(a.paidIn()).isEqualByComparingTo("180.00");
        assertThat(a.distributed()).isEqualByComparingTo("50.00");
        assertThat(a.nav()).isEqualByComparingTo("200.00");
        assertThat(a.unfunded()).isEqualByComparingTo("70.00");
    }

    @Test
    void explicitAllocationsOverrideProRata() {
        FundPerformance p = FundPerformance.of(BigDecimal.valueOf(1000), FLOWS, NAVS, D0.plusDays(800), null);
        // The second call (300) went to LP A alone, as an equalisation call; everything else pro rata.
        List<FlowAllocation> alloc = List.of(new FlowAllocation("F", D0.plusDays(365), FlowKind.CALL, "A", BigDecimal.valueOf(300)),
                new FlowAllocation("F", D0.plusDays(365), FlowKind.CALL, "B", BigDecimal.ZERO));
        CapitalAccount a = CapitalAccount.of(new Commitment("F", "A", BigDecimal.valueOf(250)), BigDecimal.valueOf(1000), p, FLOWS, alloc);
        CapitalAccount b = CapitalAccount.of(new Commitment("F", "B", BigDecimal.valueOf(750)), BigDecimal.valueOf(1000), p, FLOWS, alloc);
        assertThat(a.paidIn()).isEqualByComparingTo("405.00");  // 420 × 25% + 300
        assertThat(b.paidIn()).isEqualByComparingTo("315.00");  // 420 × 75%
        assertThat(a.paidIn().add(b.paidIn())).isEqualByComparingTo(p.paidIn());
        assertThat(a.distributed()).isEqualByComparingTo("50.00");
    }
}
