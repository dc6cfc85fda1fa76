package org.loopchain.tools;

import java.nio.file.Path;
import org.loopchain.core.config.ConfigCheck;

/** The launcher's check of a node's config file: {@link ConfigCheck} on this process's environment and home. */
public final class ConfigCheckMain {

    private ConfigCheckMain() {
    }

    public static void main(String[] args) {
        int code = ConfigCheck.run(args, System.getenv(), Path.of(System.getProperty("user.home")), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
