package org.loopchain.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes text messages to a channel's topics through the Artemis resource adapter, non-persistent:
 * the receivers are live subscribers and the protocol re-sends what matters. Sends are
 * not part of any database transaction (a message about a committed block must not roll back with
 * a later failure), and a broker outage is logged and reported to the caller, never thrown.
 */
@JMSConnectionFactoryDefinition(
        name = "java:app/jms/loopchain",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-rar")
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JmsPublisher {

    private static final Logger LOG = Logger.getLogger(JmsPublisher.class.getName());

    @Resource(lookup = "java:app/jms/loopchain")
    private ConnectionFactory factory;

    /**
     * @return whether the broker took the message
     */
    public boolean publish(String channel, String kind, String type, String sender, String body) {
        try (JMSContext ctx = factory.createContext()) {
            JMSProducer producer = ctx.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(Topics.CHANNEL, channel)
                    .setProperty(Topics.KIND, kind)
                    .setProperty(Topics.TYPE, type)
                    .setProperty(Topics.SENDER, sender);
            producer.send(ctx.createTopic(Topics.of(channel, kind)), body);
            return true;
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "could not publish " + type + " on " + Topics.of(channel, kind) + ": " + e.getMessage());
            return false;
        }
    }
}
