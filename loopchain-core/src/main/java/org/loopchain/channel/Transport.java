package org.loopchain.channel;

/** How a channel reaches the other peers of the channel (the broker in a server). Fire and forget. */
public interface Transport {

    /** Publishes a consensus message (its wire JSON) to the channel's peers. */
    void consensus(String channel, String type, String text);

    /** Publishes a batch of transactions (a JSON array of their wire forms) to the channel's peers. */
    void transactions(String channel, String text);
}
