package org.xiandao.core.document.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word tokenizer with character offsets. OpenNLP's English models from Central were tried on the seed
 * report: the maximum-entropy tokenizer costs about 7 µs a token on this machine and splits "Hi-Tech" into
 * "Hi-" and "Tech"; the POS tagger costs about 28 µs a token (15 ms for a 3 KB article, against a budget of
 * 5 ms) and tagged "He/PRON Dajun" and "Taimi/NOUN". News names need hyphenated words whole and possessives
 * split off, which a pattern does at a fraction of the cost; the rules read capitalisation and word lists
 * instead of tags. Only OpenNLP's sentence model is used.
 */
final class Words {

    record Word(String text, int start, int end) {
        boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        String lower() {
            return EnglishLexicon.lower(text);
        }

        boolean number() {
            return !text.isEmpty() && Character.isDigit(text.charAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "\\d+(?:[.,]\\d+)*|[\\p{L}][\\p{L}\\p{N}]*(?:[-&.][\\p{L}\\p{N}]+)*(?:['’][sS]\\b)?|[$¥€%]|[^\\s\\p{L}\\p{N}]");

    private Words() {}

    /** Tokens of text[from, to) with offsets into the whole text. */
    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            int s = m.start();
            int n = w.length();
            if (n > 2 && (w.endsWith("’s") || w.endsWith("'s") || w.endsWith("’S") || w.endsWith("'S"))) {
                out.add(new Word(w.substring(0, n - 2), s, s + n - 2));
                out.add(new Word("’s", s + n - 2, s + n));
            } else {
                out.add(new Word(w, s, s + n));
            }
        }
        return out;
    }

    static boolean possessive(Word w) {
        return w.text().equals("’s") || w.text().equals("'s");
    }
}
