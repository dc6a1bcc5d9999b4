package org.xiandao.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Messages.keys(Language.ZH)).isEqualTo(Messages.keys(Language.EN));
    }

    @Test
    void chineseTextsAreChinese() {
        assertThat(Messages.get(Language.ZH, "nav.overview")).isEqualTo("总览");
        assertThat(Messages.get(Language.EN, "nav.overview")).isEqualTo("Overview");
        assertThat(Messages.get(Language.EN, "no.such.key")).isEqualTo("[no.such.key]");
    }
}
