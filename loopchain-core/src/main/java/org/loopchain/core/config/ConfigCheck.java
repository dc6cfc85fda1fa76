package org.loopchain.core.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ConfigCheck [-o FILE]}: loads the configuration as a node would and prints the effective
 * value of every key with its source, one {@code KEY=value  (source)} a line; exit code 0. On a
 * bad configuration prints {@code config error: <message>} to stderr; exit code 2. A launcher
 * runs it before starting a server, so a bad key fails fast.
 *
 * <p>The user file is {@code $LOOPCHAIN_USER_CONFIG}, else {@code ~/.loopchain/loopchain.json}.
 */
public final class ConfigCheck {

    /** Names the user file instead of the default location. */
    public static final String USER_CONFIG_VARIABLE = "LOOPCHAIN_USER_CONFIG";
    static final int EXIT_OK = 0;
    static final int EXIT_BAD_CONFIG = 2;

    private ConfigCheck() {
    }

    /** Checks the layers (loopchain-tools' ConfigCheckMain passes the process's environment and home); returns the exit code. */
    public static int run(String[] args, Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        try {
            LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder()
                    .userFile(userFile(env, home))
                    .environment(env)
                    .overrideFile(overrideFile(args))
                    .build());
            config.effective().forEach((key, value) -> out.println(key + "=" + value + "  (" + config.sourceOf(key) + ")"));
            return EXIT_OK;
        } catch (ConfigException e) {
            err.println("config error: " + e.getMessage());
            return EXIT_BAD_CONFIG;
        }
    }

    static Path userFile(Map<String, String> env, Path home) {
        String named = env.get(USER_CONFIG_VARIABLE);
        return named != null && !named.isEmpty() ? Path.of(named) : home.resolve(".loopchain").resolve("loopchain.json");
    }

    private static Path overrideFile(String[] args) {
        if (args.length == 0) {
            return null;
        }
        if (args.length == 2 && args[0].equals("-o")) {
            return Path.of(args[1]);
        }
        throw new ConfigException("usage: ConfigCheck [-o FILE]");
    }
}
