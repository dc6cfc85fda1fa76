package org.loopchain.radiostation;

/** A refused registry request; the message says why and is safe to show to the client. */
public final class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public RegistryException(Refusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
