package org.loopchain.cli.chaos;

/**
 * One fault of an episode: from {@code startMillis} after the episode began, for {@code durationMillis}.
 *
 * @param target       a peer's name, {@link #LEADER} (the peer that leads when the fault starts), or the
 *                     broker or Radio Station for those kinds
 * @param offsetMillis how far a {@link FaultKind#SKEW} moves the peer's clock; 0 for the other kinds
 */
public record Fault(FaultKind kind, String target, long startMillis, long durationMillis, long offsetMillis) {
    /** The target that stands for whichever peer leads when the fault starts. */
    public static final String LEADER = "leader";

    public Fault(FaultKind kind, String target, long startMillis, long durationMillis) {
        this(kind, target, startMillis, durationMillis, 0);
    }

    public long endMillis() {
        return startMillis + durationMillis;
    }

    /** True when the two faults' windows share an instant. */
    public boolean overlaps(Fault other) {
        return startMillis < other.endMillis() && other.startMillis < endMillis();
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case KILL, PAUSE, BYZANTINE -> kind.label() + " " + target;
            case SKEW -> String.format("%s %+.1f s %s", kind.label(), offsetMillis / 1000.0, target);
            default -> kind.label();
        };
        return String.format("%s at %.1f s for %.1f s", what, startMillis / 1000.0, durationMillis / 1000.0);
    }
}
