package org.loopchain.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.loopchain.node.ChannelManager;

/** Consensus traffic of every channel: hands the text to the channel manager, which decodes and enqueues it. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ALL),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'consensus'" + Topics.NOT_ON_RADIO_STATION),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class ConsensusListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ConsensusListener.class.getName());

    @EJB
    private ChannelManager channels;

    @Override
    public void onMessage(Message message) {
        try {
            java.util.Optional<String> text = MessageBodies.text(message);
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
