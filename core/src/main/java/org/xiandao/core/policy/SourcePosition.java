package org.xiandao.core.policy;

/** Where something is in a policy file: 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
