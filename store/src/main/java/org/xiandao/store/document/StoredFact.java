package org.xiandao.store.document;

import java.util.Map;

/** A fact as stored: with its document, position and, for organisations, what it was linked to. */
public record StoredFact(String documentId, int seq, String type, String subject, String predicate, String object,
                         Map<String, String> attributes, Integer spanStart, Integer spanEnd, Integer sentenceStart,
                         Integer sentenceEnd, String documentTitle, java.time.LocalDate published, boolean invented) {}
