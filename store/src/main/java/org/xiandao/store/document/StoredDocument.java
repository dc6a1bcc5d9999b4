package org.xiandao.store.document;

import java.util.List;

/** A stored document with its body, keywords and editor. */
public record StoredDocument(DocumentSummary summary, String editor, List<String> keywords, String url, String body) {}
