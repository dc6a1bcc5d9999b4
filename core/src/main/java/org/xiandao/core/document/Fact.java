package org.xiandao.core.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One statement a document makes, with the span of its evidence. The evidence span is {@code null} only for
 * facts taken from the document's header (author, editor).
 *
 * @param evidence the characters the fact was read from (a name, a number, a clause)
 * @param sentence the sentence around the evidence, shown to people who ask "where does this come from?"
 */
public record Fact(FactType type, String subject, String predicate, String object, Map<String, String> attributes,
                   Span evidence, Span sentence) {

    public Fact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
