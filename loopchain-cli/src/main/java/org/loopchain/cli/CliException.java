package org.loopchain.cli;

/** A refusal with a message for the user: printed as {@code loopchain: MESSAGE}, exit status 1 (or the one given). */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public CliException(String message) {
        this(message, 1);
    }

    public CliException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
