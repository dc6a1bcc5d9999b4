package org.xiandao.core.document;

import java.util.List;

/** A document and the facts read from it, in the order their evidence appears. */
public record Extraction(SourceDocument document, List<Fact> facts) {
    public Extraction {
        facts = List.copyOf(facts);
    }

    public List<Fact> of(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
