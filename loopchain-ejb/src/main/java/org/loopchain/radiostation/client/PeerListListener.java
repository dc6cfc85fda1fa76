package org.loopchain.radiostation.client;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.loopchain.messaging.MessageBodies;
import org.loopchain.messaging.Topics;

/** Peer-list announcements of the Radio Station, every channel: hands the text to the {@link RadioStationClient}. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ALL),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'peers'" + Topics.ON_NODE_CHANNELS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class PeerListListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PeerListListener.class.getName());

    @EJB
    private RadioStationClient client;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> text = MessageBodies.text(message);
            if (text.isPresent()) {
                client.onAnnouncement(message.getStringProperty(Topics.CHANNEL), text.get());
            } else {
                LOG.fine("dropped a peer-list message that is not text");
            }
        } catch (JMSException e) {
            LOG.warning("dropped an unreadable peer-list message: " + e.getMessage());
        }
    }
}
