package org.xiandao.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document as read from a file: what its header says and its body text. Character spans of facts refer
 * to {@link #text()}.
 *
 * @param id stable identity derived from the body text, so the same document ingested twice is one document
 * @param invented true for the project's own sample articles, whose people, firms and figures are fiction
 * @param encoding the encoding the bytes were read in (UTF-8, or GB18030 when a legacy file was detected)
 */
public record SourceDocument(
        String id,
        String fileName,
        String title,
        String author,
        String editor,
        String source,
        LocalDate published,
        List<String> keywords,
        Language language,
        String url,
        boolean invented,
        String encoding,
        String text) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        keywords = List.copyOf(keywords);
    }

    /** Document language; decides which extractor reads it. */
    public enum Language { EN, ZH }
}
