package org.loopchain.channel;

/**
 * This peer cannot reproduce a certified block's result root (or cannot execute it at all): it
 * must not store the block, and the channel stays at its last block until its SCORE matches.
 */
public final class ExecutionDivergedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ExecutionDivergedException(String message) {
        super(message);
    }
}
