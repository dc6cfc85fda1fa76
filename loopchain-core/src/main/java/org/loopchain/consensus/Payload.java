package org.loopchain.consensus;

/** The signed content of a consensus message; {@link #digest()} is what its sender signs. */
public sealed interface Payload permits Proposal, Vote, SyncRequest, SyncResponse, TxRequest {

    MessageType type();

    String channel();

    /** The height the message is about (for a sync message: the first height asked for or carried). */
    long height();

    /** The round at that height ({@code 0} for sync messages). */
    long round();

    /** The 32 bytes the sender signs; binds channel, type, height, round and the block hash. */
    byte[] digest();
}
