package org.loopchain.node;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.loopchain.channel.Transport;
import org.loopchain.messaging.TopicSender;
import org.loopchain.messaging.Topics;

/**
 * {@link Transport} over the channel's Artemis topics. Sends run on an outbox thread of their own, in
 * order, with one long-lived JMS context, so a slow broker never holds up the channel's event queue
 * (consensus timers included).
 */
final class JmsTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(JmsTransport.class.getName());

    private final TopicSender sender;
    private final ExecutorService outbox;

    JmsTransport(TopicSender sender, ExecutorService outbox) {
        this.sender = sender;
        this.outbox = outbox;
    }

    @Override
    public void consensus(String channel, String type, String text) {
        send(() -> sender.publish(channel, Topics.CONSENSUS, type, text));
    }

    @Override
    public void transactions(String channel, String text) {
        send(() -> sender.publish(channel, Topics.TX, "tx_batch", text));
    }

    private void send(Runnable publish) {
        try {
            outbox.execute(publish);
        } catch (RejectedExecutionException e) {
            LOG.fine("outbox closed: the node is stopping");
        }
    }
}
