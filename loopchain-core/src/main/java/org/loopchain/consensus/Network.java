package org.loopchain.consensus;

/** How the state machine reaches the channel's other validators. Fire and forget: delivery is not promised. */
public interface Network {

    /** Sends to every other validator of the channel. */
    void broadcast(SignedMessage message);

    /** Sends to one peer (sync requests and answers). */
    void send(String peerId, SignedMessage message);
}
