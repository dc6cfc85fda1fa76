package org.loopchain.score.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopchain.core.config.ScorePackage;

/** Decides a channel's {@link ScoreBinding} from its pin and the deployed archives. */
final class ScoreBindings {

    private ScoreBindings() {
    }

    static ScoreBinding of(String channel, ScorePackage pinned, List<DeployedArchives.Deployed> deployed) {
        if (!pinned.pinned()) {
            return ScoreBinding.none(pinned);
        }
        List<DeployedArchives.Deployed> sameId = deployed.stream().filter(d -> d.archive().id().equals(pinned.id())).toList();
        List<String> versions = new ArrayList<>(List.of(pinned.version()));
        sameId.stream().map(d -> d.archive().version()).filter(v -> !versions.contains(v)).forEach(versions::add);
        Optional<DeployedArchives.Deployed> match = sameId.stream()
                .filter(d -> d.archive().sha256().equals(pinned.sha256())).findFirst();
        String label = pinned.id() + " " + pinned.version();
        if (match.isPresent()) {
            DeployedArchives.Deployed d = match.get();
            List<String> channels = d.archive().channels();
            if (!channels.isEmpty() && !channels.contains(channel)) {
                return new ScoreBinding(pinned, ScoreBinding.State.REJECTED, null,
                        "the archive of " + label + " is for channels " + channels + ", not " + channel, versions);
            }
            if (!d.accepted()) {
                return new ScoreBinding(pinned, ScoreBinding.State.REJECTED, null,
                        "the archive of " + label + " fails the determinism check: " + String.join("; ", d.problems()), versions);
            }
            return new ScoreBinding(pinned, ScoreBinding.State.READY, d.code(),
                    label + " runs as application " + d.application(), versions);
        }
        if (!sameId.isEmpty()) {
            DeployedArchives.Deployed d = sameId.get(0);
            return new ScoreBinding(pinned, ScoreBinding.State.MISMATCH, null, "the deployed archive of " + pinned.id()
                    + " is version " + d.archive().version() + " (sha256 " + d.archive().sha256() + "), not the pinned "
                    + pinned.version() + " (sha256 " + pinned.sha256() + ")", versions);
        }
        return new ScoreBinding(pinned, ScoreBinding.State.MISSING, null, label + " is not deployed on this peer", versions);
    }
}
