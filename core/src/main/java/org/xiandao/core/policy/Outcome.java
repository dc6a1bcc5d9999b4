package org.xiandao.core.policy;

/** What a policy says about one enterprise on one date. */
public enum Outcome {
    QUALIFIES,
    DOES_NOT_QUALIFY,
    /** A fact the rule needs is missing; the explanation names it. Never reported as "does not qualify". */
    UNDECIDED,
    /** Two exceptions apply at once; the regulation's text must say which wins. */
    CONFLICT,
    /** The policy is not in force on the date asked about. */
    NOT_IN_FORCE
}
