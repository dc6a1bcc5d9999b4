package org.xiandao.core.policy.internal;

import org.xiandao.core.policy.SourcePosition;

/** A token of a policy line. */
record Token(Kind kind, String text, SourcePosition at) {

    enum Kind { IDENT, NUMBER, STRING, DATE, OP, END }

    boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(s);
    }
}
