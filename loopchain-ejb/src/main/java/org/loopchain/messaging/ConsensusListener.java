package org.loopchain.messaging;

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
import org.loopchain.channel.ChannelInbox;

/**
 * Consensus traffic of every channel: hands the text to the channel manager, which decodes and enqueues it.
 * Delivered outside any transaction and acknowledged lazily: the messages are non-persistent, and a
 * lost or repeated one is harmless (timeouts, sync and the machine's duplicate filter cover it), while
 * an XA transaction per message cost the peer and the broker more than the message itself.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ALL),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue =
        "kind = 'consensus'" + Topics.NOT_ON_RADIO_STATION + Topics.ON_NODE_CHANNELS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsensusListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ConsensusListener.class.getName());

    @EJB
    private ChannelInbox channels;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> text = MessageBodies.text(message);
            if (text.isPresent()) {
                channels.onConsensusMessage(message.getStringProperty(Topics.CHANNEL), text.get());
            } else {
                LOG.fine("dropped a consensus message that is not text");
            }
        } catch (JMSException e) {
            LOG.warning("dropped an unreadable consensus message: " + e.getMessage());
        }
    }
}
