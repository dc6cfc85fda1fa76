package org.loopchain.score.host;

import java.util.Collection;
import java.util.List;
import org.loopchain.core.config.ScorePackage;

/** A source whose genesis pin is {@code binding}'s, always bound as {@code binding}, without operators. */
record FixedScoreSource(ScoreBinding binding) implements ScoreSource {

    @Override
    public ScorePackage genesis(String channel) {
        return binding.pinned();
    }

    @Override
    public Collection<String> operators(String channel) {
        return List.of();
    }

    @Override
    public ScoreBinding bind(String channel, ScorePackage pin) {
        return binding;
    }
}
