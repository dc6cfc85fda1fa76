package org.loopchain.consensus;

/** A wire text that is not a well-formed consensus message; the message says what is wrong. */
public final class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }
}
