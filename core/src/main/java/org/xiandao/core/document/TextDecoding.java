package org.xiandao.core.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, refusing what is not text. UTF-8 is the norm; GB18030 (a superset of GBK and GB2312) is
 * the legacy encoding Chinese documents still arrive in, so it is detected and said so, never guessed
 * silently.
 */
final class TextDecoding {

    /** Documents larger than this are refused before they are parsed. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    record Decoded(String text, String encoding) {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    static Decoded decode(byte[] bytes) throws DocumentRejectedException {
        if (bytes.length > MAX_BYTES) {
            throw new DocumentRejectedException("the file is " + (bytes.length / (1024 * 1024))
                    + " MB; documents are limited to 10 MB");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return checked(strict(utf16, bytes, 2), "UTF-16");
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (looksBinary(bytes)) {
            throw new DocumentRejectedException("the file is binary, not text (it contains NUL or control bytes)");
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, offset);
        if (utf8 != null) {
            return checked(utf8, "UTF-8");
        }
        String gb = strict(GB18030, bytes, 0);
        if (gb != null && cjkShare(gb) > 0.05) {
            return checked(gb, "GB18030");
        }
        throw new DocumentRejectedException("the text is not UTF-8 and does not read as GBK/GB18030 either;"
                + " convert it to UTF-8 (for example with iconv) and ingest it again");
    }

    private static Decoded checked(String text, String encoding) throws DocumentRejectedException {
        if (text == null) {
            throw new DocumentRejectedException("the text is not valid " + encoding);
        }
        if (text.isBlank()) {
            throw new DocumentRejectedException("the file is empty");
        }
        return new Decoded(text, encoding);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    static double cjkShare(String text) {
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    cjk++;
                }
            }
        }
        return letters == 0 ? 0 : (double) cjk / letters;
    }
}
