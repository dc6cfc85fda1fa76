package org.loopchain.tools;

import java.io.IOException;
import java.time.Clock;
import org.loopchain.score.host.ScoreConfigCommand;

/** {@code ./loopchain score}'s operator side: {@link ScoreConfigCommand} on the wall clock, waiting by real sleeps. */
public final class ScoreConfigMain {

    private ScoreConfigMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int status = ScoreConfigCommand.run(args, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
