package org.loopchain.tools;

import org.loopchain.validators.ValidatorConfigCommand;

/** {@code ./loopchain validator}: {@link ValidatorConfigCommand}, exiting with its status. */
public final class ValidatorConfigMain {

    private ValidatorConfigMain() {
    }

    public static void main(String[] args) {
        int status = ValidatorConfigCommand.run(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
