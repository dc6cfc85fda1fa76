package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.score.engine.testing.ClassArchives;

/** A source whose genesis pin is {@code binding}'s, always bound as {@code binding}, without operators. */
record FixedScoreSource(ScoreBinding binding) implements ScoreSource {

    /** {@code contract} packed as archive {@code id} 1.0.0, stored in an archive store in {@code dir}, pinned and ready on {@code channel}. */
    static ScoreBinding ready(Path dir, String channel, String id, Class<?> contract) {
        byte[] archive = ClassArchives.of(id, "1.0.0", contract);
        ScorePackage pin = new ScorePackage(id, "1.0.0", Hashes.sha256Hex(archive), Map.of(), "");
        ArchiveStore store = new ArchiveStore(dir);
        assertEquals(Optional.empty(), store.put(pin.sha256(), archive, true));
        ScoreBinding binding = ScoreBindings.of(channel, pin, store.prepared(pin.sha256()), List.of("1.0.0"));
        assertTrue(binding.ready(), binding.message());
        return binding;
    }

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
