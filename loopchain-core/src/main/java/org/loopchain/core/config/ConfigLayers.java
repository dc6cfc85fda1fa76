package org.loopchain.core.config;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * The configuration layers above the built-in defaults, lowest first: the user file, the
 * environment, the {@code -o} file. Files are read and checked for unknown keys when the layers
 * are built; values are checked by {@link LoopchainConfig#load}.
 *
 * <p>A file holds one JSON object, as loopchain's own config files do:
 * {@code {"PORT_PEER": 7100, "LOOPCHAIN_DEFAULT_CHANNEL": "x"}}; values are JSON strings,
 * numbers or booleans. From the environment only variables named like a known key are taken.
 */
public final class ConfigLayers {

    static final String ENVIRONMENT = "environment";
    private static final long MAX_FILE_BYTES = 1 << 20;

    /** One layer: where its values came from, and the raw text of each. */
    public record Layer(String source, Map<String, String> values) {
        public Layer {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final List<Layer> layers;

    private ConfigLayers(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Lowest first; the defaults are not among them. */
    public List<Layer> layers() {
        return layers;
    }

    /** Collects the sources; {@link #build} reads the files. */
    public static final class Builder {

        private Path userFile;
        private Map<String, String> environment = Map.of();
        private Path overrideFile;

        private Builder() {
        }

        /** The user's own file; {@code null} or a missing file is skipped. */
        public Builder userFile(Path file) {
            this.userFile = file;
            return this;
        }

        /** Usually {@code System.getenv()}; variables that are not key names are ignored. */
        public Builder environment(Map<String, String> env) {
            this.environment = env == null ? Map.of() : Map.copyOf(env);
            return this;
        }

        /** The file given with {@code -o}; {@code null} for none, but if given it must exist. */
        public Builder overrideFile(Path file) {
            this.overrideFile = file;
            return this;
        }

        /** @throws ConfigException for an unreadable or malformed file, or an unknown key in one */
        public ConfigLayers build() {
            List<Layer> layers = new ArrayList<>();
            if (userFile != null && Files.exists(userFile)) {
                layers.add(readFile("user file " + userFile, userFile));
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (String name : ConfigKeys.all().keySet()) {
                if (environment.containsKey(name)) {
                    env.put(name, environment.get(name));
                }
            }
            layers.add(new Layer(ENVIRONMENT, env));
            if (overrideFile != null) {
                if (!Files.exists(overrideFile)) {
                    throw new ConfigException("-o file " + overrideFile + " does not exist");
                }
                layers.add(readFile("-o file " + overrideFile, overrideFile));
            }
            return new ConfigLayers(layers);
        }
    }

    private static Layer readFile(String source, Path file) {
        Object parsed;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(source + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + source + ": " + e, e);
        } catch (JsonException e) {
            throw new ConfigException(source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map)) {
            throw new ConfigException(source + " must hold a JSON object of KEY: value");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
            String key = (String) e.getKey();
            if (!ConfigKeys.all().containsKey(key)) {
                throw new ConfigException("unknown key " + key + " in " + source);
            }
            values.put(key, text(key, e.getValue(), source));
        }
        return new Layer(source, values);
    }

    /** A JSON scalar as the text a {@link ConfigKey} parses. */
    private static String text(String key, Object value, String source) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigInteger || value instanceof Double || value instanceof Boolean) {
            return Json.pyDumps(value);
        }
        throw new ConfigException(key + " in " + source + ": expected a string, number or boolean, not "
                + (value == null ? "null" : Json.pyDumps(value)));
    }
}
