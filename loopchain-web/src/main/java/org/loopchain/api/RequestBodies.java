package org.loopchain.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/** Reads a request body, as one JSON object or as bytes, within {@code MAX_TX_BODY_BYTES}. */
@ApplicationScoped
public class RequestBodies {

    @EJB
    private NodeIdentity node;

    /**
     * @param error builds the endpoint's error from an HTTP status and a message
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> jsonObject(InputStream in, BiFunction<Integer, String, ApiException> error) {
        byte[] bytes = bytes(in, error);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw error.apply(400, "the request body is not UTF-8");
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            throw error.apply(400, "malformed JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw error.apply(400, "the request body must be a JSON object");
        }
        return (Map<String, Object>) parsed;
    }

    /**
     * The body's bytes as sent, at most {@code MAX_TX_BODY_BYTES} (413 beyond: no more is read).
     *
     * @param error builds the endpoint's error from an HTTP status and a message
     */
    public byte[] bytes(InputStream in, BiFunction<Integer, String, ApiException> error) {
        int limit = node.config().get(ConfigKeys.Http.MAX_TX_BODY_BYTES);
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw error.apply(400, "could not read the request body");
        }
        if (bytes.length > limit) {
            throw error.apply(413, "the request body exceeds MAX_TX_BODY_BYTES (" + limit + " bytes)");
        }
        return bytes;
    }
}
