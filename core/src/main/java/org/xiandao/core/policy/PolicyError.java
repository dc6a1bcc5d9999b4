package org.xiandao.core.policy;

/** A problem in a policy file, with where it is and how to fix it. */
public record PolicyError(SourcePosition at, String message, String hint) {
    @Override
    public String toString() {
        return at + ": " + message + (hint == null || hint.isEmpty() ? "" : " (hint: " + hint + ")");
    }
}
