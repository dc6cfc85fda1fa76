package org.loopchain.score.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopchain.core.config.ScorePackage;

/** Decides how this peer stands with a pin, from the archive it holds under the pinned SHA-256. */
public final class ScoreBindings {

    private ScoreBindings() {
    }

    /**
     * @param held     the stored archive with the pinned SHA-256, prepared, if this peer holds it
     * @param versions the versions the channel's history pinned for the id, newest first
     */
    public static ScoreBinding of(String channel, ScorePackage pin, Optional<ArchiveStore.Prepared> held, List<String> versions) {
        if (!pin.pinned()) {
            return ScoreBinding.none(pin);
        }
        List<String> all = new ArrayList<>(List.of(pin.version()));
        versions.stream().filter(v -> !all.contains(v)).forEach(all::add);
        String label = pin.id() + " " + pin.version();
        if (held.isEmpty()) {
            return new ScoreBinding(pin, ScoreBinding.State.MISSING, null, "this peer does not hold the archive of "
                    + label + " (sha256 " + pin.sha256() + ") yet; it asks the other peers for it", all);
        }
        ArchiveStore.Prepared p = held.get();
        if (!p.archive().id().equals(pin.id()) || !p.archive().version().equals(pin.version())) {
            return new ScoreBinding(pin, ScoreBinding.State.MISMATCH, null, "the archive with sha256 " + pin.sha256()
                    + " is " + p.archive().id() + " " + p.archive().version() + ", not the pinned " + label, all);
        }
        List<String> channels = p.archive().channels();
        if (!channels.isEmpty() && !channels.contains(channel)) {
            return new ScoreBinding(pin, ScoreBinding.State.REJECTED, null,
                    "the archive of " + label + " is for channels " + channels + ", not " + channel, all);
        }
        if (!p.accepted()) {
            return new ScoreBinding(pin, ScoreBinding.State.REJECTED, null,
                    "the archive of " + label + " fails the determinism check: " + String.join("; ", p.problems()), all);
        }
        return new ScoreBinding(pin, ScoreBinding.State.READY, p.code(), label + " (sha256 " + pin.sha256().substring(0, 16)
                + "…) runs from this peer's archive store", all);
    }
}
