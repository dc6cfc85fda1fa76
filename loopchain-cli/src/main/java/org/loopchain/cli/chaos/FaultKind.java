package org.loopchain.cli.chaos;

/** What a fault does to its target, and how often the schedule draws it. */
public enum FaultKind {
    /** kill -9 of a peer's server, started again (the launcher's {@code up}) when the episode heals. */
    KILL("kill -9", 3),
    /** SIGSTOP of a peer's server for longer than the complaint timeout, then SIGCONT. */
    PAUSE("pause", 3),
    /** The launcher's {@code broker restart}: every peer loses its connection to the broker. */
    BROKER_RESTART("broker restart", 2),
    /** kill -9 of the Radio Station, started again when the episode heals. */
    RS_DOWN("radio station down", 1),
    /**
     * A peer restarted in the node's byzantine test mode (equivocates, forges, replays, floods), then
     * restarted honest: once an episode at most, so the lies stay below a third of 4 peers.
     */
    BYZANTINE("byzantine", 2),
    /** A peer restarted with its clock 2 to 8 s ahead or behind, then restarted with a true clock. */
    SKEW("clock skew", 2);

    private final String label;
    private final int weight;

    FaultKind(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    /** The relative chance the schedule draws this kind. */
    int weight() {
        return weight;
    }

    /** Whether the fault hits a peer (and so needs a peer no other fault of the episode hits). */
    boolean hitsPeer() {
        return this == KILL || this == PAUSE || this == BYZANTINE || this == SKEW;
    }

    /** The kind named by {@code kill}, {@code pause}, {@code broker}, {@code rs}, {@code byzantine} or {@code skew}. */
    public static FaultKind named(String name) {
        return switch (name) {
            case "kill" -> KILL;
            case "pause" -> PAUSE;
            case "broker" -> BROKER_RESTART;
            case "rs" -> RS_DOWN;
            case "byzantine" -> BYZANTINE;
            case "skew" -> SKEW;
            default -> throw new IllegalArgumentException("unknown fault kind '" + name + "' (kill, pause, broker, rs, byzantine, skew)");
        };
    }
}
