package org.loopchain.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * The channels named in loopchain's {@code channel_manage_data.json} (channel name → its
 * {@code score_package} and {@code peers}). This peer serves the default channel and every channel
 * the file names.
 */
public final class ChannelManageData {

    private ChannelManageData() {
    }

    /** The default channel first, then the file's channels in file order (none if {@code file} is null). */
    public static List<String> channelNames(String defaultChannel, Path file) {
        List<String> names = new ArrayList<>(List.of(defaultChannel));
        if (file == null) {
            return names;
        }
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JsonException e) {
            throw new IllegalArgumentException("CHANNEL_MANAGE_DATA_PATH: cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> channels)) {
            throw new IllegalArgumentException("CHANNEL_MANAGE_DATA_PATH: " + file + " is not a JSON object");
        }
        for (Object name : channels.keySet()) {
            if (!names.contains(name)) {
                names.add((String) name);
            }
        }
        return names;
    }
}
