package org.loopchain.node;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.loopchain.core.config.ConfigException;
import org.loopchain.core.config.ConfigLayers;
import org.loopchain.core.config.LoopchainConfig;

/** Where a node's configuration layers come from on a server. */
final class NodeConfigFiles {

    private static final Logger LOG = Logger.getLogger(NodeConfigFiles.class.getName());

    private NodeConfigFiles() {
    }

    static LoopchainConfig load() {
        String userFile = System.getenv().getOrDefault("LOOPCHAIN_USER_CONFIG",
                Path.of(System.getProperty("user.home"), ".loopchain", "loopchain.json").toString());
        String overrideFile = System.getProperty("loopchain.config");
        try {
            return LoopchainConfig.load(ConfigLayers.builder()
                    .userFile(Path.of(userFile))
                    .environment(System.getenv())
                    .overrideFile(overrideFile == null || overrideFile.isBlank() ? null : Path.of(overrideFile))
                    .build());
        } catch (ConfigException e) {
            LOG.severe("loopchain configuration error: " + e.getMessage());
            throw e;
        }
    }
}
