package org.loopchain.score.host;

import java.util.Collection;
import java.util.Optional;
import org.loopchain.core.config.ScorePackage;

/**
 * Checks a SCORE configuration before a peer submits it: what every peer checks again when the
 * block executes (channel, an operator's valid signature, the sequence), and what only the
 * receiving peer can check: that it holds the named archive, so at least one peer can serve it to
 * the others, and that the archive is the one named (id, version, accepted for the channel).
 */
public final class ScoreConfigCheck {

    /** Why a configuration is refused. */
    public enum Kind { MALFORMED, UNAUTHORIZED, STALE, UNAVAILABLE, MISMATCH }

    /** A refusal and its message. */
    public record Problem(Kind kind, String message) {
    }

    private ScoreConfigCheck() {
    }

    /**
     * @param operators the channel's SCORE operators
     * @param pins      the channel's committed pin history
     * @param genesis   the channel's genesis pin
     * @param archives  this peer's archive store
     */
    public static Optional<Problem> problem(ScoreConfig config, Collection<String> operators, ScorePins pins,
            ScorePackage genesis, ArchiveStore archives) {
        Optional<ScoreConfig.Refusal> refusal = config.refusal(config.channel(), operators, pins.latest(genesis), pins.changes());
        if (refusal.isPresent()) {
            Kind kind = switch (refusal.get().kind()) {
                case MALFORMED -> Kind.MALFORMED;
                case UNAUTHORIZED -> Kind.UNAUTHORIZED;
                case STALE -> Kind.STALE;
            };
            return Optional.of(new Problem(kind, refusal.get().message()));
        }
        if (!config.deploy()) {
            return Optional.empty();
        }
        String label = config.scoreId() + " " + config.version();
        Optional<ArchiveStore.Prepared> held = archives.prepared(config.sha256());
        if (held.isEmpty()) {
            Optional<String> other = archives.find(config.scoreId(), config.version());
            if (other.isPresent()) {
                return Optional.of(new Problem(Kind.MISMATCH, "the archive of " + label + " held here has sha256 "
                        + other.get() + ", not " + config.sha256()));
            }
            return Optional.of(new Problem(Kind.UNAVAILABLE, "this peer holds no SCORE archive with sha256 " + config.sha256()
                    + ": deploy it to this peer first (asadmin deploy); the other peers fetch it from the peers that hold it"));
        }
        ArchiveStore.Prepared p = held.get();
        if (!p.archive().id().equals(config.scoreId()) || !p.archive().version().equals(config.version())) {
            return Optional.of(new Problem(Kind.MISMATCH, "the archive with sha256 " + config.sha256() + " is "
                    + p.archive().id() + " " + p.archive().version() + ", not " + label));
        }
        if (!p.archive().channels().isEmpty() && !p.archive().channels().contains(config.channel())) {
            return Optional.of(new Problem(Kind.MISMATCH, "the archive of " + label + " is for channels "
                    + p.archive().channels() + ", not " + config.channel()));
        }
        if (!p.accepted()) {
            return Optional.of(new Problem(Kind.MISMATCH, "the archive of " + label + " fails the determinism check: "
                    + String.join("; ", p.problems())));
        }
        return Optional.empty();
    }
}
