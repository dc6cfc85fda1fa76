package org.loopchain.tools;

import java.time.Clock;
import org.loopchain.pki.PkiCommand;

/** {@code ./loopchain pki}: {@link PkiCommand} with certificates dated by the wall clock. */
public final class PkiMain {

    private PkiMain() {
    }

    public static void main(String[] args) {
        System.exit(PkiCommand.run(args, Clock.systemUTC(), System.out, System.err));
    }
}
