package org.loopchain.score.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * Each channel's SCORE operators: the {@code "operators"} list of its entry in
 * channel_manage_data.json, base64 public keys (SPKI DER, as peers' keys travel) or {@code hx}
 * addresses. Only their signatures change which SCORE a channel runs.
 */
public final class ScoreOperators {

    private ScoreOperators() {
    }

    /** The operators by channel in {@code file} ({@code ""} or unreadable: none). */
    public static Map<String, List<String>> load(String file) {
        if (file.isEmpty()) {
            return Map.of();
        }
        try {
            return parse(Files.readString(Path.of(file)));
        } catch (IOException e) {
            return Map.of();
        }
    }

    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            if (Json.parse(text) instanceof Map<?, ?> root) {
                root.forEach((name, channel) -> {
                    List<String> keys = new ArrayList<>();
                    if (channel instanceof Map<?, ?> c && c.get("operators") instanceof List<?> list) {
                        list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(keys::add);
                    }
                    out.put((String) name, List.copyOf(keys));
                });
            }
        } catch (JsonException e) {
            return Map.of();
        }
        return Map.copyOf(out);
    }
}
