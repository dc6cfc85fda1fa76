package org.loopchain.core.config;

/** A configuration that cannot be used; the message names the key or file, and the layer when known. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
