package org.xiandao.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChineseAmountTest {

    @Test
    void parsesYuanWanAndYi() {
        assertThat(ChineseAmount.parseYuan("12,000")).isEqualTo(12_000);
        assertThat(ChineseAmount.parseYuan("300万元")).isEqualTo(3_000_000);
        assertThat(ChineseAmount.parseYuan("1.5亿")).isEqualTo(150_000_000);
        assertThat(ChineseAmount.parseYuan(" 450.01亿元 ")).isEqualTo(45_001_000_000L);
        assertThat(ChineseAmount.parseYuan("88元")).isEqualTo(88);
    }

    @Test
    void rejectsTextAndFractionsOfAYuan() {
        assertThatThrownBy(() -> ChineseAmount.parseYuan("lots")).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> ChineseAmount.parseYuan("1.005")).hasMessageContaining("whole number of yuan");
    }

    @Test
    void formatsForEachLanguage() {
        assertThat(ChineseAmount.format(150_000_000, true)).isEqualTo("1.5亿元");
        assertThat(ChineseAmount.format(3_000_000, true)).isEqualTo("300万元");
        assertThat(ChineseAmount.format(88, true)).isEqualTo("88元");
        assertThat(ChineseAmount.format(4_085_000_000L, false)).isEqualTo("CNY 4.09 bn");
        assertThat(ChineseAmount.format(16_900_000, false)).isEqualTo("CNY 16.9 m");
        assertThat(ChineseAmount.format(12_000, false)).isEqualTo("CNY 12,000");
    }
}
