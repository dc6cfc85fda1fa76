package org.loopchain.logs;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.loopchain.messaging.MessageBodies;
import org.loopchain.messaging.Topics;

/**
 * Nodes' log batches, on the Radio Station only ({@link Topics#ON_RADIO_STATION}): hands the text to
 * the {@link LogCollector}. One session, so batches are stored in the order they arrive; outside
 * any transaction (the store's methods run their own), a lost batch is a gap in the logs, not an error.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ALL),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'log'" + Topics.ON_RADIO_STATION),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogCollectorListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(LogCollectorListener.class.getName());

    @EJB
    private LogCollector collector;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> text = MessageBodies.text(message);
            if (text.isPresent()) {
                collector.onBatch(text.get());
            }
        } catch (JMSException e) {
            LOG.warning("dropped an unreadable log batch: " + e.getMessage());
        }
    }
}
