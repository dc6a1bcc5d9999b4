package org.xiandao.core.document;

import java.util.regex.Pattern;

/**
 * Reads a file's bytes into a {@link SourceDocument}: decodes them, recognises HTML or plain text, and
 * takes the metadata the layout offers. Pure: the caller reads the file.
 */
public final class DocumentReader {

    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<\\?xml[^>]*>\\s*<html)");

    /**
     * @throws DocumentRejectedException when the bytes are empty, binary, too large, in an undetectable
     *     encoding, HTML without a body, or without a findable publication date
     */
    public SourceDocument read(String fileName, byte[] bytes) throws DocumentRejectedException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        boolean html = HTML.matcher(decoded.text()).find()
                || fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.x?html?$");
        return html
                ? HtmlLayout.read(fileName, decoded)
                : PlainTextLayout.read(fileName, decoded);
    }

    static SourceDocument.Language languageOf(String text) {
        return TextDecoding.cjkShare(text) > 0.3 ? SourceDocument.Language.ZH : SourceDocument.Language.EN;
    }
}
