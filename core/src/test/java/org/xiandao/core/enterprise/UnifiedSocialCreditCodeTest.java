package org.xiandao.core.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    // The worked example printed in GB 32100-2015 and reproduced by most validators.
    private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    @Test
    void acceptsTheStandardsWorkedExample() {
        assertThat(UnifiedSocialCreditCode.isValid(STANDARD_EXAMPLE)).isTrue();
        assertThat(new UnifiedSocialCreditCode(STANDARD_EXAMPLE).divisionCode()).isEqualTo("350100");
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.checkCharacter(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo('3');
    }

    @Test
    void computesTheOrganisationCodeCheck() {
        // GB 11714 example: organisation code D2143569-? ; the standard's example body 12345678 checks to 8.
        assertThat(UnifiedSocialCreditCode.organisationCodeCheck("12345678")).isEqualTo('8');
        assertThat(UnifiedSocialCreditCode.organisationCodeCheck("M000100Y".substring(0, 8))).isEqualTo('4');
    }

    @Test
    void parseNormalisesBlanksAndCase() {
        assertThat(UnifiedSocialCreditCode.parse("  91350100m000100y43 ").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void rejectsWrongLength() {
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M000100Y4")).contains("18 characters");
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M000100Y433")).contains("18 characters");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', 'a', '-'})
    void rejectsCharactersOutsideTheAlphabet(char bad) {
        String code = STANDARD_EXAMPLE.substring(0, 9) + bad + STANDARD_EXAMPLE.substring(10);
        assertThat(UnifiedSocialCreditCode.problemWith(code)).contains("character 10").contains("not allowed");
    }

    @Test
    void rejectsANonNumericDivisionCode() {
        String first17 = "91A50100M000100Y4";
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(UnifiedSocialCreditCode.problemWith(code)).contains("administrative division");
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
                .isInstanceOf(InvalidCreditCodeException.class)
                .hasMessageContaining("check character is '4', expected '3'");
    }

    @Test
    void detectsEverySingleCharacterTypo() {
        String alphabet = UnifiedSocialCreditCode.ALPHABET;
        for (int i = 0; i < 17; i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == STANDARD_EXAMPLE.charAt(i)) {
                    continue;
                }
                String typo = STANDARD_EXAMPLE.substring(0, i) + c + STANDARD_EXAMPLE.substring(i + 1);
                assertThat(UnifiedSocialCreditCode.isValid(typo)).as(typo).isFalse();
            }
        }
    }
}
