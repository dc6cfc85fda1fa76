package org.loopchain.score.engine;

/** Read access to the committed SCORE state of a channel. */
@FunctionalInterface
public interface StateReader {

    /** The committed value under {@code key}, or {@code null} if absent. */
    byte[] get(byte[] key);
}
