package org.loopchain.core.json;

/** Malformed JSON text, or a value that Python's {@code json.dumps} would refuse. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
