package org.loopchain.score.host;

import java.util.Collection;
import org.loopchain.core.config.ScorePackage;

/**
 * What {@link ScoreBlockExecutor} needs from the node: a channel's genesis pin and SCORE operators
 * (both from channel_manage_data.json, the same on every peer), and the archive a pin names,
 * prepared. Implemented by {@link ScoreRegistry} in the server and by plain maps in tests.
 */
public interface ScoreSource {

    /** The channel's {@code score_package}: the pin in effect until the chain changes it. */
    ScorePackage genesis(String channel);

    /** The channel's SCORE operators: base64 public keys or {@code hx} addresses. */
    Collection<String> operators(String channel);

    /**
     * How this peer stands with {@code pin}: {@link ScoreBinding.State#READY} with its code when the
     * archive is held and accepted; else why not (a missing archive is asked of the other peers).
     */
    ScoreBinding bind(String channel, ScorePackage pin);

    /** The channel's pin history just changed in a committed block. */
    default void pinsCommitted(String channel, ScorePins pins) {
    }
}
