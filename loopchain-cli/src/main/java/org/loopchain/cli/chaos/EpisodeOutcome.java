package org.loopchain.cli.chaos;

/**
 * What an episode came to.
 *
 * @param acked           transactions acknowledged during the episode (with the recovery probe)
 * @param restartSeconds  the launcher's {@code up} after the faults (0 when nothing was down)
 * @param recoverySeconds from the faults' end (every node running again) until a new transaction was
 *                        committed on every peer; negative when that did not happen
 * @param withinBound     recovery took at most two complaint timeouts
 */
public record EpisodeOutcome(Episode episode, int acked, Verdict verdict, double restartSeconds, double recoverySeconds,
        boolean withinBound) {

    public boolean recovered() {
        return recoverySeconds >= 0;
    }

    /** Clean, recovered and within the bound. */
    public boolean passed() {
        return verdict.clean() && recovered() && withinBound;
    }

    public String outcome() {
        if (!verdict.clean()) {
            return "FAILED";
        }
        if (!recovered()) {
            return "NO PROGRESS";
        }
        return withinBound ? "ok" : "SLOW";
    }
}
