package org.loopchain.score.host;

/**
 * A {@link ScoreSource} as the client APIs read it: besides the genesis pin and the operators, a
 * channel's committed pin history and the archives this peer holds. Implemented by the server's
 * {@code ScoreRegistry}.
 */
public interface ScoreCatalog extends ScoreSource {

    /** The channel's committed pin history. */
    ScorePins pins(String channel);

    /** The archives this peer holds, by SHA-256. */
    ArchiveStore archives();

    /** How {@code channel} stands on this peer with its latest pin (the one the next block runs). */
    default ScoreBinding binding(String channel) {
        return bind(channel, pins(channel).latest(genesis(channel)));
    }
}
