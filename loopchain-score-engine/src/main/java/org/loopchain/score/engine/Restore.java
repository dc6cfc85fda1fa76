package org.loopchain.score.engine;

/**
 * The marker parameter of the constructor {@link ScoreInstrumenter} adds to every SCORE class that
 * can have one: {@code protected C(Restore)} builds an instance without running the contract's
 * constructor or field initializers, so the engine can restore a deployed contract from state.
 * Contract code cannot name this type (it is outside the allowlist).
 */
public final class Restore {

    public static final Restore INSTANCE = new Restore();

    private Restore() {
    }
}
