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
import org.loopchain.score.host.ScoreRegistry;

/**
 * SCORE archive traffic of every channel (a peer asking for a pinned archive it lacks, and the
 * archives sent in answer): hands it to the {@link ScoreRegistry}, which answers or checks and keeps it.
 * Outside any transaction, like {@link ConsensusListener}: a lost request or answer is asked again.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ALL),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue =
        "kind = 'score'" + Topics.NOT_ON_RADIO_STATION + Topics.ON_NODE_CHANNELS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoreArchiveListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ScoreArchiveListener.class.getName());

    @EJB
    private ScoreRegistry scores;

    @Override
    public void onMessage(Message message) {
        try {
            Optional<String> text = MessageBodies.text(message);
            if (text.isPresent()) {
                scores.onArchiveMessage(message.getStringProperty(Topics.CHANNEL), message.getStringProperty(Topics.TYPE),
                        message.getStringProperty(Topics.SENDER), text.get());
            }
        } catch (JMSException e) {
            LOG.warning("dropped an unreadable SCORE archive message: " + e.getMessage());
        }
    }
}
