package org.loopchain.channel;

import java.util.Optional;

/** The committed SCORE state of a channel, as the SCORE host reads it. */
public interface ScoreStateReader {

    /** The committed SCORE state under {@code keyHex}, if any. */
    Optional<byte[]> state(String channel, String keyHex);
}
