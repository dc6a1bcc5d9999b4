package org.xiandao.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Multiples and the PME family: vectors from ../shared/reference/guidance-funds.md §4.1–§4.6. */
class PmeTest {

    @Test
    void multiplesFromPyxirrAndGips() {
        assertThat(Multiples.of(new double[] {-10, -20, 15, 30}, 0, 0).dpi()).isCloseTo(1.5, within(1e-12));
        assertThat(Multiples.of(new double[] {-10, -20, 15, 30}, 15, 0).tvpi()).isCloseTo(2.0, within(1e-12));
        assertThat(Multiples.of(new double[] {-25, 15, 0}, 20, 0).tvpi()).isCloseTo(1.4, within(1e-12));
        assertThat(new Multiples(75, 0, 15, 0).rvpi()).isCloseTo(0.2, within(1e-12));
        Multiples gips = new Multiples(720, 540, 480, 1000);
        assertThat(gips.dpi()).isCloseTo(0.75, within(1e-12));
        assertThat(gips.rvpi()).isCloseTo(0.67, within(5e-3));
        assertThat(gips.tvpi()).isCloseTo(1.42, within(5e-3));
        assertThat(gips.pic()).isCloseTo(0.72, within(1e-12));
        assertThat(new Multiples(720, 540, 480, 0).pic()).isNaN();
    }

    @Test
    void insEadBookCases() {
        assertThat(Irr.irr(-12, 0, 0, 40).rate()).isCloseTo(0.494, within(1e-3));
        assertThat(Irr.irr(-12, -10, -4, 40, 0, 15, 5).rate()).isCloseTo(0.324, within(1e-3));
    }

    @Test
    void kaplanSchoarWorkedExample() {
        // pyxirr test_ks_pme: 25·130/100 = 32.5 in, 15·130/115 + 20 out.
        Pme p = Pme.periodic(new double[] {-25, 15, 0}, new double[] {100, 115, 130}, 20);
        assertThat(p.ksPme()).isCloseTo((15 * 130 / 115.0 + 20) / 32.5, within(1e-12)).isCloseTo(1.1371, within(1e-4));
        assertThat(Pme.periodic(new double[] {-25, 15, 20}, new double[] {100, 115, 130}, 0).ksPme()).isCloseTo(p.ksPme(), within(1e-12));
    }

    @Test
    void longNickelsWikipediaTable() {
        Pme p = Pme.periodic(new double[] {-100, -50, 60, 10, 0}, new double[] {100, 105, 115, 117, 120}, 110);
        assertThat(p.fundIrr().rate()).isCloseTo(0.0643, within(1e-4));
        assertThat(p.lnNav()).isCloseTo(104.27775, within(1e-5));
        assertThat(p.lnPme().rate()).isCloseTo(0.0530237, within(1e-7));
        Pme small = Pme.periodic(new double[] {-25, 15, 0}, new double[] {100, 115, 130}, 20);
        assertThat(small.lnNav()).isCloseTo(15.5, within(0.05));
        assertThat(small.lnPme().rate()).isCloseTo(0.144, within(1e-3));
    }

    @Test
    void pmePlusDerivedVectors() {
        Pme p = Pme.periodic(new double[] {-100, -50, 60, 100, 0}, new double[] {100, 105, 115, 100, 120}, 20);
        assertThat(p.pmePlusLambda()).isCloseTo(0.860544, within(1e-6));
        assertThat(p.pmePlus().rate()).isCloseTo(0.020489, within(1e-6));
        assertThat(p.fundIrr().rate()).isCloseTo(0.077652, within(1e-6));
        Pme q = Pme.periodic(new double[] {-100, -50, 60, 100, 0}, new double[] {100, 105, 115, 110, 120}, 20);
        assertThat(q.pmePlusLambda()).isCloseTo(0.915220, within(1e-6));
        assertThat(q.pmePlus().rate()).isCloseTo(0.043296, within(1e-6));
        Pme small = Pme.periodic(new double[] {-25, 15, 0}, new double[] {100, 115, 130}, 20);
        // pyxirr asserts this small case with tolerance 0.1 (reference §4.4); the exact λ is 12.5 / 16.9565.
        assertThat(small.pmePlusLambda()).isCloseTo(0.7, within(0.1)).isCloseTo(12.5 / (15 * 130 / 115.0), within(1e-12));
        assertThat(small.pmePlus().rate()).isCloseTo(0.143, within(0.1));
    }

    @Test
    void modifiedPme() {
        Pme p = Pme.periodic(new double[] {-100, -50, 60, 100, 0}, new double[] {100, 105, 115, 100, 120}, 20);
        assertThat(p.mPme(new double[] {100, 165, 125, 15, 20}).rate()).isCloseTo(0.0201517, within(1e-6));
    }

    @Test
    void directAlphaExamples() {
        Pme wiki = Pme.periodic(new double[] {-100, -50, 60, 10, 0}, new double[] {100, 105, 115, 117, 120}, 110);
        assertThat(wiki.directAlpha().rate()).isCloseTo(0.0108985, within(1e-6));
        assertThat(Math.log1p(wiki.directAlpha().rate())).isCloseTo(0.0108395, within(1e-6));
        assertThat(Pme.periodic(new double[] {-25, 15, 0}, new double[] {100, 115, 130}, 20).directAlpha().rate())
                .isCloseTo(0.0875724, within(1e-6));
        Pme edda = Pme.periodic(new double[] {-80, -140, 0, 70, 140, 85}, new double[] {890.35, 1144.98, 1271.5, 1289.09, 1466.47, 1842.37}, 70);
        assertThat(edda.directAlpha().rate()).isCloseTo(0.0279359, within(1e-6));
        Pme dam = Pme.periodic(new double[] {-100, 0, -75, 0, 100, 0, 150, 0, 100, 0},
                new double[] {100, 77.9, 100.24, 111.15, 116.61, 135.03, 142.45, 89.75, 113.50, 130.59}, 75);
        assertThat(dam.directAlpha().rate()).isCloseTo(0.1257811, within(1e-6));
        assertThat(Math.log1p(dam.directAlpha().rate())).isCloseTo(0.1184771, within(1e-6));
    }
}
