package org.loopchain.node;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.loopchain.channel.Transport;
import org.loopchain.messaging.JmsPublisher;
import org.loopchain.messaging.Topics;

/**
 * {@link Transport} over the channel's Artemis topics. Sends run on an outbox thread of their own, in
 * order, so a slow broker never holds up the channel's event queue (consensus timers included).
 */
final class JmsTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(JmsTransport.class.getName());

    private final JmsPublisher publisher;
    private final String peerId;
    private final ExecutorService outbox;

    JmsTransport(JmsPublisher publisher, String peerId, ExecutorService outbox) {
        this.publisher = publisher;
        this.peerId = peerId;
        this.outbox = outbox;
    }

    @Override
    public void consensus(String channel, String type, String text) {
        send(() -> publisher.publish(channel, Topics.CONSENSUS, type, peerId, text));
    }

    @Override
    public void transactions(String channel, String text) {
        send(() -> publisher.publish(channel, Topics.TX, "tx_batch", peerId, text));
    }

    private void send(Runnable publish) {
        try {
            outbox.execute(publish);
        } catch (RejectedExecutionException e) {
            LOG.fine("outbox closed: the node is stopping");
        }
    }
}
