package org.xiandao.core.chain;

import java.util.Objects;

/** A directed edge between two segments. */
public record ChainEdge(String from, String to, EdgeKind kind) {
    public ChainEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }
}
