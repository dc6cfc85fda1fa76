package org.loopchain.messaging;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text a loopchain message carries. Peers send UTF-8 bytes ({@link BytesMessage}: the client
 * copies them in one piece, where a large {@link TextMessage} is encoded character by character);
 * text messages are read too.
 */
public final class MessageBodies {

    private MessageBodies() {
    }

    /** The body as text, or empty if the message carries neither bytes nor text. */
    public static Optional<String> text(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            byte[] body = message.getBody(byte[].class);
            return Optional.ofNullable(body).map(b -> new String(b, StandardCharsets.UTF_8));
        }
        if (message instanceof TextMessage text) {
            return Optional.ofNullable(text.getText());
        }
        return Optional.empty();
    }

    /** The bytes to send for {@code text}. */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
