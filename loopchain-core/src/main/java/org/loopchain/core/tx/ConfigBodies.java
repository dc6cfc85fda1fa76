package org.loopchain.core.tx;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * Finds a signed configuration (a SCORE configuration, a validator change) in a transaction's data:
 * the object under {@code field} of a body that is none of the other kinds. One place for the rule,
 * whichever configuration asks.
 */
public final class ConfigBodies {

    private ConfigBodies() {
    }

    /**
     * The {@code field} object of the data, if the data names it (well-formed or not: the caller's
     * parse says); a body that also has one of {@code otherKinds} is not this kind.
     */
    public static Optional<Map<?, ?>> of(String data, String field, Set<String> otherKinds) {
        if (data.indexOf("\"" + field + "\"") < 0) {
            return Optional.empty();
        }
        try {
            return bodyOf(Json.parse(data), field, otherKinds);
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** The {@code field} object of a parsed body ({@code {}} if it is not an object), if the body is this kind. */
    public static Optional<Map<?, ?>> bodyOf(Object body, String field, Set<String> otherKinds) {
        if (body instanceof Map<?, ?> m && m.containsKey(field) && otherKinds.stream().noneMatch(m::containsKey)) {
            return Optional.of(m.get(field) instanceof Map<?, ?> c ? c : Map.of());
        }
        return Optional.empty();
    }
}
