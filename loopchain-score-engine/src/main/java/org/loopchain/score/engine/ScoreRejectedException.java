package org.loopchain.score.engine;

import java.util.List;

/**
 * A SCORE archive that the engine will not run: not a SCORE archive at all, or code that could
 * behave differently on two peers. Every problem found is reported at once, one sentence each.
 */
public class ScoreRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScoreRejectedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ScoreRejectedException(String problem) {
        this(List.of(problem));
    }

    /** One sentence a problem, naming the class, method and call where there is one. */
    public List<String> problems() {
        return problems;
    }
}
