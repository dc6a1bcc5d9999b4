package org.xiandao.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Test vectors from ../shared/reference/guidance-funds.md §3, each with its source. */
class IrrTest {

    private static List<CashFlow> flows(String... dateAmount) {
        List<CashFlow> out = new ArrayList<>();
        for (String s : dateAmount) {
            String[] p = s.split(" ");
            out.add(new CashFlow(LocalDate.parse(p[0]), Double.parseDouble(p[1])));
        }
        return out;
    }

    private static double rate(IrrResult r) {
        assertThat(r.hasRate()).as(r.toString()).isTrue();
        return r.rate();
    }

    // --- Excel (Microsoft XIRR/XNPV help example, §3.3) ---
    @Test
    void excelHelpExample() {
        List<CashFlow> f = flows("2008-01-01 -10000", "2008-03-01 2750", "2008-10-30 4250", "2009-02-15 3250", "2009-04-01 2750");
        assertThat(rate(Irr.xirr(f))).isCloseTo(0.3733625335188315, within(1e-9));
        assertThat(Irr.xnpv(0.09, f)).isCloseTo(2086.6476, within(1e-4));
    }

    // --- pyxirr tests/test_scheduled.rs (§3.4) ---
    @Test
    void pyxirrUnorderedFlows() {
        List<CashFlow> f = flows("2015-06-11 -1000", "2015-07-21 -9000", "2018-06-10 20000", "2015-10-17 -3000");
        assertThat(rate(Irr.xirr(f))).isCloseTo(0.16353715844, within(1e-9));
        assertThat(Irr.xnpv(0.1, f)).isCloseTo(2218.42566365675, within(1e-6));
    }

    @Test
    void pyxirrRatesNearMinusOne() {
        assertThat(rate(Irr.xirr(flows("2021-06-09 -134.09", "2021-08-11 40.86")))).isCloseTo(-0.9989769231734277, within(1e-12));
        assertThat(rate(Irr.xirr(flows("2020-03-05 -18480.0", "2020-03-16 13120.0")))).isCloseTo(-0.9999884228170087, within(1e-12));
    }

    @Test
    void pyxirrMinus0993HasTwoRootsAndReportsBoth() {
        IrrResult r = Irr.xirr(flows("2021-06-08 -1000000.0", "2022-06-29 5000.0", "2023-06-08 -3.0", "2023-06-30 0.0"));
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(-0.9995965225, within(1e-9));
        // pyxirr's -0.993785049929284 leaves an NPV of -3.2e-3 (its absolute tolerance is 1e-3); the root
        // to 60 digits is -0.99378504994948…, NPV -8e-9. Hence 1e-10 here, and the residual check.
        assertThat(r.roots().get(1)).isCloseTo(-0.993785049929284, within(1e-10));
        assertThat(r.status()).isEqualTo(IrrResult.Status.MULTIPLE_ROOTS);
        assertThat(r.rate()).isCloseTo(-0.993785049929284, within(1e-10));
        assertThat(r.residual()).isLessThan(1e-12);
    }

    @Test
    void pyxirrZerosYearly() {
        double[] a = {0, 0, -100, 10, 0, 10, 10, 10, 200, 0, 0, 0, 0};
        List<CashFlow> f = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            f.add(new CashFlow(LocalDate.of(2021 + i, 12, 31), a[i]));
        }
        assertThat(rate(Irr.xirr(f))).isCloseTo(0.175680730580782, within(1e-9));
    }

    @Test
    void pyxirrDocsAndPyodideExamples() {
        List<CashFlow> docs = flows("2020-01-01 -10000", "2020-03-01 5750", "2020-10-30 4250", "2021-02-15 3250");
        assertThat(rate(Irr.xirr(docs))).isCloseTo(0.6342972615260243, within(1e-9));
        assertThat(Irr.xnpv(0.1, docs)).isCloseTo(2506.579458169746, within(1e-6));
        assertThat(rate(Irr.xirr(flows("2020-01-01 -10000", "2021-01-01 5500", "2022-01-01 6000")))).isCloseTo(0.0967788719, within(1e-9));
    }

    @Test
    void pyxirr30Dash22TwoRoots() {
        IrrResult r = Irr.xirr(flows("2023-05-29 -1060.54818333979", "2036-05-03 2959.26712504621", "2040-11-22 1222.57618506468",
                "2039-11-10 -1123.53425617784", "2042-12-04 -1780.97829452609", "2032-06-09 -3212.62875390706",
                "2042-08-17 1062.90497372753", "2035-09-03 109.102478922819", "2028-02-02 -20.535038765884",
                "2031-10-02 523.670290931378", "2037-01-17 1051.04044993527", "2033-05-04 -3301.70192621163",
                "2039-03-13 2686.59062261943", "2025-04-15 -1371.27807590072", "2040-09-14 -3284.80444243792",
                "2036-06-26 1906.03107988512", "2024-07-07 328.612266673726", "2032-12-09 -168.870311093353",
                "2033-09-15 -149.308893053607", "2040-04-17 1000.37419962204", "2039-06-28 410.696251895955",
                "2029-12-28 506.075743244442", "2041-04-25 2190.13207152111", "2042-12-25 -398.199495063005",
                "2031-09-30 -548.336078273255", "2032-05-19 -692.999884262619", "2038-07-18 3358.92237685657",
                "2031-07-03 -984.732660037331", "2025-12-04 -2049.69857843115", "2042-01-11 -1218.54793112691"));
        assertThat(r.status()).isEqualTo(IrrResult.Status.MULTIPLE_ROOTS);
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(-0.3154082674273421, within(1e-9));
        assertThat(r.roots().get(1)).isCloseTo(-0.028668460065440993, within(1e-9));
        assertThat(r.rate()).isCloseTo(-0.028668460065440993, within(1e-9));
    }

    @Test
    void mathworksAct365Fixed() {
        assertThat(rate(Irr.xirr(flows("2007-01-12 -10000", "2008-02-14 2500", "2008-03-03 2000", "2008-06-14 3000", "2008-12-01 4000"))))
                .isCloseTo(0.10064378342638, within(1e-9));
    }

    // --- pg_financial and other oracles (§3.6) ---
    @Test
    void pgFinancialCasesIncludingTheOneExcelsGuessMisses() {
        assertThat(rate(Irr.xirr(flows("2013-01-01 -100", "2013-02-01 110")))).isCloseTo(2.0716058535, within(1e-9));
        assertThat(rate(Irr.xirr(flows("2013-01-01 -100", "2014-01-01 20")))).isCloseTo(-0.8, within(1e-12));
        assertThat(rate(Irr.xirr(flows("2013-01-01 100", "2014-01-01 -20")))).isCloseTo(-0.8, within(1e-12));
        assertThat(rate(Irr.xirr(flows("2009-01-01 -10000", "2010-01-01 -10000", "2011-01-01 10000", "2012-01-01 10000", "2013-01-01 1000"))))
                .isCloseTo(0.023844261812, within(1e-9));
    }

    @Test
    void fnxAndTarioch() {
        List<CashFlow> fnx = flows("2010-12-29 -10000", "2012-01-25 20", "2012-03-08 10100");
        assertThat(rate(Irr.xirr(fnx))).isCloseTo(0.010061265164920336, within(1e-12));
        assertThat(Irr.xnpv(0.1, fnx)).isCloseTo(-966.4345487781793, within(1e-6));
        assertThat(rate(Irr.xirr(flows("2018-05-09 -200", "2018-06-09 30", "2018-11-09 50", "2018-12-09 20")))).isCloseTo(-0.80367975, within(1e-7));
    }

    @Test
    void pyxirrIssue61RootBeyondMinusOnePrecisionIsFound() {
        // pyxirr returns None here: the root sits at g = 1 + r ≈ 1.68e-14. Solving in g finds it.
        IrrResult r = Irr.xirr(flows("2024-11-21 -100", "2024-11-28 -100", "2024-12-03 100"));
        assertThat(r.hasRate()).isTrue();
        assertThat(r.rate()).isGreaterThan(-1).isLessThan(-0.99999999999998);
        assertThat(r.residual()).isLessThan(1e-9);
    }

    // --- edge cases (§3.7) ---
    @Test
    void oneSignOrAllZerosGiveNoSignChangeNeverNaN() {
        IrrResult positive = Irr.irr(1, 2, 3);
        assertThat(positive.status()).isEqualTo(IrrResult.Status.NO_SIGN_CHANGE);
        assertThat(positive.rate()).isNull();
        assertThat(Irr.irr(-1, -2, -3).status()).isEqualTo(IrrResult.Status.NO_SIGN_CHANGE);
        assertThat(Irr.irr(0, 0, 0).status()).isEqualTo(IrrResult.Status.NO_SIGN_CHANGE);
        assertThat(Irr.xirr(List.of()).status()).isEqualTo(IrrResult.Status.NO_SIGN_CHANGE);
    }

    @Test
    void ratesAtOrBelowMinusOneAreNeverReturned() {
        // POI's Newton from 0.1 lands on the spurious root -1.385 here (§3.1).
        IrrResult r = Irr.irr(-70000, 12000, 15000);
        assertThat(r.roots()).allMatch(x -> x > -1);
        assertThat(r.rate()).isCloseTo(-0.44350694133474067, within(1e-12));
    }

    // --- Apache POI TestIrr (§3.1) and pyxirr/numpy-financial periodic cases (§3.4, §3.5) ---
    @Test
    void periodicIrrVectors() {
        assertThat(Irr.irr(-4000, 1200, 1410, 1875, 1050).rate()).isCloseTo(0.143, within(5e-4));
        assertThat(Irr.irr(-7500, 3000, 5000, 1200, 4000).rate()).isCloseTo(0.28, within(5e-3));
        assertThat(Irr.irr(-70000, 12000, 15000, 18000, 21000).rate()).isCloseTo(-0.02124484827341093, within(1e-12));
        assertThat(Irr.irr(-70000, 12000, 15000, 18000, 21000, 26000).rate()).isCloseTo(0.08663094803653162, within(1e-12));
        assertThat(Irr.irr(-100, 39, 59, 55, 20).rate()).isCloseTo(0.28094842116, within(1e-9));
        assertThat(Irr.irr(-100, 0, 0, 74).rate()).isCloseTo(-0.09549583034, within(1e-9));
        assertThat(Irr.irr(-100, 100, 0, -7).rate()).isCloseTo(-0.08329966618, within(1e-9));
        assertThat(Irr.irr(-100, 100, 0, 7).rate()).isCloseTo(0.06205848562, within(1e-9));
        assertThat(Irr.irr(-5, 10.5, 1, -8, 1).rate()).isCloseTo(0.08859833852, within(1e-9));
        assertThat(Irr.irr(-5, 10.5, 1, -8, 1, 0, 0, 0).rate()).isCloseTo(0.08859833852, within(1e-9));
        assertThat(Irr.irr(-161445.03, 2113.73, 7626.73, 8619.84, 8612.92).rate()).isCloseTo(-0.43658134635, within(1e-9));
        assertThat(Irr.irr(-150000, 15000, 25000, 35000, 45000, 60000).rate()).isCloseTo(0.05243288885, within(1e-9));
        assertThat(Irr.irr(-40000, 5000, 8000, 12000, 30000).rate()).isCloseTo(0.10582259840, within(1e-9));
        assertThat(Irr.irr(-10, 2, 2, 2, 2).rate()).isCloseTo(-0.08364541746615073, within(1e-12));
        assertThat(Irr.irr(-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, -1.0).rate()).isCloseTo(0.9688775470209261, within(1e-9));
        assertThat(Irr.irr(-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1.0).rate()).isCloseTo(1.0042698487205577, within(1e-9));
        // Two rates: pyxirr's Newton from 0.1 reaches 1.854; the other root lies nearer the guess. Both are reported.
        IrrResult two = Irr.irr(-50, -100, 600, 300, -100);
        assertThat(two.status()).isEqualTo(IrrResult.Status.MULTIPLE_ROOTS);
        assertThat(two.roots()).anySatisfy(x -> assertThat(x).isCloseTo(1.8544178284461061, within(1e-9)));
        assertThat(Irr.npv(two.roots().get(0), -50, -100, 600, 300, -100)).isCloseTo(0, within(1e-6));
        double[] poi64137 = new double[46];
        double[] head = {-30000.0, -49970.7425, 29.2575, 146.2875, 380.34749999999997, 581.5, 581.5};
        System.arraycopy(head, 0, poi64137, 0, head.length);
        int k = head.length;
        for (double[] run : new double[][] {{731.4374999999999, 3}, {877.725, 3}, {1024.0125, 3}, {1170.3, 4}, {1316.5874999999999, 4},
            {1462.8749999999998, 21}}) {
            for (int i = 0; i < run[1]; i++) {
                poi64137[k++] = run[0];
            }
        }
        poi64137[k] = 10000.0;
        assertThat(Irr.irr(poi64137).rate()).isCloseTo(-0.009463562705856032, within(1e-12));
        double[] issue98 = new double[17];
        issue98[0] = -10000;
        java.util.Arrays.fill(issue98, 1, 17, 327.24625);
        assertThat(Irr.irr(issue98).rate()).isCloseTo(-0.06765411344968669, within(1e-12));
    }

    @Test
    void longPeriodicSeries() {
        double[] a = new double[181];
        java.util.Arrays.fill(a, 0, 180, -87.17);
        a[180] = 5809.3;
        assertThat(Irr.irr(a).rate()).isCloseTo(-0.01352676905, within(1e-9));
        double[] b = new double[481];
        b[0] = -172545.848122807;
        java.util.Arrays.fill(b, 1, 481, 787.735232517999);
        assertThat(Irr.irr(b).rate()).isCloseTo(0.0038401048, within(1e-9));
    }

    @Test
    void npvAtTheRateIsZero() {
        double r = Irr.irr(-40000, 5000, 8000, 12000, 30000).rate();
        assertThat(Irr.npv(r, -40000, 5000, 8000, 12000, 30000)).isCloseTo(0, within(1e-9));
    }

    @Test
    void pyxirrIssue65RateBeyondTheSearchRangeIsAStatusNotNaN() {
        // Ten flows within two days: the rate is near 1e14, beyond the 1e7 search range. pyxirr returns None.
        IrrResult r = Irr.xirr(flows("2020-05-27 187.5", "2020-05-27 -30", "2020-05-27 187.5", "2020-05-28 187.5", "2020-05-28 187.5",
                "2020-05-28 187.5", "2020-05-28 -188", "2020-05-28 -188", "2020-05-28 -188", "2020-05-28 -188", "2020-05-28 -188"));
        assertThat(r.status()).isIn(IrrResult.Status.NO_CONVERGENCE, IrrResult.Status.CONVERGED);
        if (r.hasRate()) {
            assertThat(r.residual()).isLessThan(1e-9);
        } else {
            assertThat(r.roots()).isEmpty();
        }
    }

    @Test
    void modifiedIrrInseadCase() {
        // INSEAD book case (reference §4.1): MIRR at finance 7%, reinvestment 12%.
        assertThat(Irr.mirr(0.07, 0.12, -12, -10, -4, 40, 0, 15, 5)).isCloseTo(0.21, within(1e-3));
    }
}
