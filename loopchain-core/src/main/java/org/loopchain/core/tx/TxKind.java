package org.loopchain.core.tx;

/** The transaction formats a chain can hold side by side. */
public enum TxKind {
    /** loopchain v1: the body is hashed with its meta and signed by the peer that received it. */
    V1,
    /** ICON JSON-RPC v3, signed by the client ({@link org.loopchain.core.icon.V3Transactions}). */
    ICON_V3
}
