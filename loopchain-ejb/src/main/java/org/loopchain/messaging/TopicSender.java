package org.loopchain.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import java.util.logging.Logger;

/**
 * A long-lived JMS context for one sending thread (a channel's outbox): opening a context per message
 * costs a broker round trip each time, which under load delayed consensus messages by seconds.
 * Not thread-safe; used only from its outbox thread, outside any transaction. After a broker
 * failure the context is reopened on the next send.
 */
public final class TopicSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicSender.class.getName());

    private final ConnectionFactory factory;
    private final String sender;
    private JMSContext context;

    public TopicSender(ConnectionFactory factory, String sender) {
        this.factory = factory;
        this.sender = sender;
    }

    /** @return whether the broker took the message */
    public boolean publish(String channel, String kind, String type, String body) {
        return publishTo(Topics.of(channel, kind), channel, kind, type, body);
    }

    /** Publishes on {@code address} rather than the channel's topic of {@code kind}; @return whether the broker took it */
    public boolean publishTo(String address, String channel, String kind, String type, String body) {
        try {
            if (context == null) {
                context = factory.createContext();
            }
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(Topics.CHANNEL, channel)
                    .setProperty(Topics.KIND, kind)
                    .setProperty(Topics.TYPE, type)
                    .setProperty(Topics.SENDER, sender)
                    .send(context.createTopic(address), MessageBodies.bytes(body));
            return true;
        } catch (JMSRuntimeException e) {
            LOG.warning("could not publish " + type + " on " + address + ": " + e.getMessage());
            close();
            return false;
        }
    }

    @Override
    public void close() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                LOG.fine("closing a broken JMS context: " + e.getMessage());
            }
            context = null;
        }
    }
}
