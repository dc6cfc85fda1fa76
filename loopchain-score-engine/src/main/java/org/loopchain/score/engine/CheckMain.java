package org.loopchain.score.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -cp … org.loopchain.score.engine.CheckMain ARCHIVE [CHANNEL]}: checks a SCORE archive
 * as a node would before running it. Prints {@code OK id version sha256} and exits 0, or prints
 * each problem on its own line and exits 1 (2 for a usage error). With {@code CHANNEL}, an archive
 * whose {@code Score-Channels} does not list it is rejected.
 */
public final class CheckMain {

    private CheckMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2) {
            out.println("usage: CheckMain ARCHIVE [CHANNEL]");
            return 2;
        }
        try {
            ScoreArchive archive = ScoreArchive.read(Files.readAllBytes(Path.of(args[0])));
            if (args.length == 2 && !archive.channels().isEmpty() && !archive.channels().contains(args[1])) {
                throw new ScoreRejectedException("archive for channels " + archive.channels() + ", not " + args[1]);
            }
            ScoreCode.prepare(archive);
            out.println("OK " + archive.id() + " " + archive.version() + " " + archive.sha256());
            return 0;
        } catch (ScoreRejectedException e) {
            e.problems().forEach(out::println);
            return 1;
        } catch (IOException e) {
            out.println("cannot read " + args[0] + ": " + e);
            return 1;
        }
    }
}
