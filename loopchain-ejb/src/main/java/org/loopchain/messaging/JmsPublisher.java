package org.loopchain.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * One-off publishing (the Radio Station's announcements) with a context per message, through
 * {@link TopicSender}; a channel's steady traffic keeps one sender per outbox instead. Sends are
 * not part of any database transaction (a message about a committed block must not roll back with
 * a later failure), and a broker outage is logged and reported to the caller, never thrown.
 */
@JMSConnectionFactoryDefinition(
        name = "java:app/jms/loopchain",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-rar",
        user = "${loopchain.broker.user}",
        password = "${loopchain.broker.password}")
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JmsPublisher {

    @Resource(lookup = "java:app/jms/loopchain")
    private ConnectionFactory factory;

    /**
     * @return whether the broker took the message
     */
    public boolean publish(String channel, String kind, String type, String sender, String body) {
        try (TopicSender once = new TopicSender(factory, sender)) {
            return once.publish(channel, kind, type, body);
        }
    }
}
