package org.loopchain.channel;

/**
 * Where messages from the other peers enter a node's channels, by channel name, as the broker
 * delivered them (wire text, not yet decoded or trusted). A port: the messaging adapter calls it,
 * the node's channel owner implements it.
 */
public interface ChannelInbox {

    /** A consensus message: decoded on the caller's thread and queued on the channel. */
    void onConsensusMessage(String channel, String text);

    /** A batch of transactions relayed by {@code sender}: checked on the caller's thread and queued on the channel. */
    void onRelayedTransactions(String channel, String sender, String text);
}
