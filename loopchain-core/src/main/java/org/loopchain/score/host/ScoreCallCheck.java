package org.loopchain.score.host;

import java.util.List;
import java.util.Optional;
import org.loopchain.score.engine.ExternalMethod;
import org.loopchain.validators.ValidatorConfig;

/**
 * Checks a submitted call before it is stored: well-formed, on a channel with a SCORE, naming a
 * writable external method of the running SCORE with known parameters and none missing. Values are
 * converted (and may still fail, with a result) only when the block executes.
 */
public final class ScoreCallCheck {

    /** Why a call is refused. */
    public enum Kind { MALFORMED, NO_SCORE, BAD_CALL }

    /** A refusal and its message. */
    public record Problem(Kind kind, String message) {
    }

    private ScoreCallCheck() {
    }

    /** What is wrong with {@code body} as a transaction on a channel that stands as {@code binding}. */
    public static Optional<Problem> problem(ScoreBinding binding, Object body) {
        if (ScoreConfig.bodyOf(body).isPresent()) {
            return Optional.of(new Problem(Kind.MALFORMED,
                    "a SCORE configuration (\"score_config\") is submitted with POST /api/v1/scores"));
        }
        if (ValidatorConfig.bodyOf(body).isPresent()) {
            return Optional.of(new Problem(Kind.MALFORMED,
                    "a validator change (\"validator_config\") is submitted with POST /api/v1/validators"));
        }
        Optional<String> malformed = ScoreCalls.malformed(body);
        if (malformed.isPresent()) {
            return Optional.of(new Problem(Kind.MALFORMED, malformed.get()));
        }
        Optional<ScoreCalls.Call> call = ScoreCalls.of(body);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        if (!binding.hasScore()) {
            return Optional.of(new Problem(Kind.NO_SCORE, "this channel runs no SCORE, so it has no method "
                    + clip(call.get().method())));
        }
        if (!binding.ready()) {
            return Optional.empty(); // other peers may run it; this one executes it once its archive matches
        }
        return methodProblem(binding.code().externalMethods(), call.get(), false).map(m -> new Problem(Kind.BAD_CALL, m));
    }

    /**
     * What is wrong with calling {@code call} among {@code methods}: an unknown or (for a
     * transaction) read-only method, an unknown or missing parameter.
     */
    public static Optional<String> methodProblem(List<ExternalMethod> methods, ScoreCalls.Call call, boolean query) {
        Optional<ExternalMethod> found = methods.stream().filter(m -> m.name().equals(call.method())).findFirst();
        if (found.isEmpty()) {
            return Optional.of("the SCORE has no external method " + clip(call.method()));
        }
        ExternalMethod m = found.get();
        if (!query && m.readonly()) {
            return Optional.of(m.name() + " is read-only: call it with POST /api/v1/query");
        }
        if (query && !m.readonly()) {
            return Optional.of(m.name() + " is not read-only: send it as a transaction");
        }
        for (String name : call.params().keySet()) {
            if (!m.parameterNames().contains(name)) {
                return Optional.of(m.name() + " has no parameter " + clip(name) + " (it takes " + m.parameterNames() + ")");
            }
        }
        for (int i = 0; i < m.parameterNames().size(); i++) {
            String name = m.parameterNames().get(i);
            if (!m.optional().get(i) && !call.params().containsKey(name)) {
                return Optional.of(m.name() + " needs the parameter " + name);
            }
        }
        return Optional.empty();
    }

    private static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 64 ? printable : printable.substring(0, 64) + "...";
    }
}
