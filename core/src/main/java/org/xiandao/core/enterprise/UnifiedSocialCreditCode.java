package org.xiandao.core.enterprise;

import java.util.Objects;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015, the identity of an
 * enterprise in Xiandao.
 *
 * <p>Layout: registration authority (1), organisation category (1), administrative division (6),
 * organisation code of GB 11714 (9, its own last character a check), and a final check character
 * computed over the first 17 with weights 3<sup>i</sup> mod 31 over a 31-character alphabet that
 * leaves out I, O, Z, S and V.
 */
public record UnifiedSocialCreditCode(String value) implements Comparable<UnifiedSocialCreditCode> {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidCreditCodeException(value, problem);
        }
    }

    /** Parses a code as a user typed it: surrounding blanks are dropped and letters upper-cased. */
    public static UnifiedSocialCreditCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new UnifiedSocialCreditCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether {@code text} is a valid code exactly as written. */
    public static boolean isValid(String text) {
        return text != null && problemWith(text) == null;
    }

    /**
     * Returns why {@code text} is not a valid code, or {@code null} if it is one. The reasons are
     * sentences meant for the person who typed the code.
     */
    public static String problemWith(String text) {
        if (text.length() != 18) {
            return "must have 18 characters, has " + text.length();
        }
        for (int i = 0; i < 18; i++) {
            char c = text.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return "character " + (i + 1) + " '" + c + "' is not allowed (digits and capitals except I, O, Z, S, V)";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return "characters 3-8 must be the digits of an administrative division code";
            }
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            return "check character is '" + text.charAt(17) + "', expected '" + expected + "'";
        }
        return null;
    }

    /** Computes the GB 32100-2015 check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not in the code alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /**
     * Computes the GB 11714 check character of an 8-character organisation code body (digits and
     * capital letters, where A=10 … Z=35).
     */
    public static char organisationCodeCheck(String first8) {
        if (first8.length() != 8) {
            throw new IllegalArgumentException("need 8 characters, got " + first8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** The six-digit administrative division code (for Shanghai districts, 3101xx). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public int compareTo(UnifiedSocialCreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
