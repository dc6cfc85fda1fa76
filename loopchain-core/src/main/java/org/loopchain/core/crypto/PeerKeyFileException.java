package org.loopchain.core.crypto;

/** A peer key file that exists but cannot be read or parsed, or a new one that cannot be written. */
public final class PeerKeyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PeerKeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
