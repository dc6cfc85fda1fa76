package org.loopchain.node;

import org.loopchain.channel.Transport;
import org.loopchain.messaging.JmsPublisher;
import org.loopchain.messaging.Topics;

/** {@link Transport} over the channel's Artemis topics. */
final class JmsTransport implements Transport {

    private final JmsPublisher publisher;
    private final String peerId;

    JmsTransport(JmsPublisher publisher, String peerId) {
        this.publisher = publisher;
        this.peerId = peerId;
    }

    @Override
    public void consensus(String channel, String type, String text) {
        publisher.publish(channel, Topics.CONSENSUS, type, peerId, text);
    }

    @Override
    public void transactions(String channel, String text) {
        publisher.publish(channel, Topics.TX, "tx_batch", peerId, text);
    }
}
