package org.xiandao.core.chain;

/** The two relations of the chain graph, as in the ETO supply-chain dataset. */
public enum EdgeKind {
    /** The source is a kind of the target (a sub-segment of it). */
    IS_TYPE_OF,
    /** The source supplies the target: its output goes into the target's product. */
    GOES_INTO
}
