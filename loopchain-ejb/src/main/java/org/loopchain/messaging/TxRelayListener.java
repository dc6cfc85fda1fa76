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
 * Transactions relayed by other peers: hands the text to the channel manager, which checks and pools them.
 * Outside any transaction and acknowledged lazily, like {@link ConsensusListener}: a lost relay is sent
 * again by its receiver, a repeated one is pooled once.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ALL),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue =
        "kind = 'tx'" + Topics.NOT_ON_RADIO_STATION + Topics.ON_NODE_CHANNELS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TxRelayListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TxRelayListener.class.getName());

    @EJB
    private ChannelInbox channels;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> text = MessageBodies.text(message);
            if (text.isPresent()) {
                channels.onRelayedTransactions(message.getStringProperty(Topics.CHANNEL),
                        message.getStringProperty(Topics.SENDER), text.get());
            }
        } catch (JMSException e) {
            LOG.warning("dropped an unreadable transaction relay: " + e.getMessage());
        }
    }
}
