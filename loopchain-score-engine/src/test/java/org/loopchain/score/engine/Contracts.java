package org.loopchain.score.engine;

import java.util.Map;
import org.loopchain.score.engine.contracts.CounterScore;
import org.loopchain.score.engine.contracts.NamedScore;
import org.loopchain.score.engine.contracts.ToolScore;
import org.loopchain.score.engine.testing.ClassArchives;
import org.loopchain.score.engine.testing.ScoreRunner;

/** The test contracts, packed and ready to run. */
final class Contracts {

    static final String ALICE = "hx" + "a".repeat(40);
    static final String BOB = "hx" + "b".repeat(40);

    private Contracts() {
    }

    static ScoreSettings counterSettings(long stepLimit) {
        return new ScoreSettings(stepLimit, ScoreRunner.OWNER, Map.of("name", "alpha", "start", "0x5"));
    }

    static ScoreRunner counter() throws ScoreRejectedException {
        return ScoreRunner.ofClasses(counterSettings(1_000_000), "counter", CounterScore.class, NamedScore.class);
    }

    static ScoreCode counterCode() throws ScoreRejectedException {
        return ScoreCode.prepare(ScoreArchive.read(
                ClassArchives.of("counter", "1", CounterScore.class, NamedScore.class)));
    }

    static ScoreRunner tools(long stepLimit) throws ScoreRejectedException {
        return ScoreRunner.ofClasses(new ScoreSettings(stepLimit, ScoreRunner.OWNER, Map.of()), "tools",
                ToolScore.class);
    }
}
