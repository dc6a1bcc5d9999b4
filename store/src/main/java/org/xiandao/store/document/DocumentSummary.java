package org.xiandao.store.document;

import java.time.LocalDate;

/** A stored document without its body, for lists. */
public record DocumentSummary(String id, String fileName, String title, String author, String source, LocalDate published,
                              String language, boolean invented, String encoding, int facts) {}
