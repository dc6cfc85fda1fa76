package org.loopchain.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.EventLog;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.TxOutcome;
import org.loopchain.score.engine.testing.ScoreRunner;

class HelloWorldTest {

    private static final String OWNER = "hx" + "11".repeat(20);
    private static final String ALICE = "hx" + "a1".repeat(20);

    private ScoreRunner runner;

    @BeforeEach
    void install() throws Exception {
        runner = ScoreRunner.ofClasses(new ScoreSettings(1_000_000, OWNER, Map.of("name", "Alice")),
                "hello-world", HelloWorld.class);
    }

    @Test
    void theFirstBlockInstallsTheScoreWithTheOwnersName() {
        TxOutcome outcome = runner.execute(ALICE, "getGreeting", Map.of());

        assertEquals(0, outcome.code(), outcome.message());
        assertEquals("Hello Alice!", outcome.result());
    }

    @Test
    void queriesReadTheNameGivenAtInstall() {
        runner.execute(ALICE, "name", Map.of()); // the first block that calls the SCORE installs it

        assertEquals("Alice", runner.query("name", Map.of()).result());
        assertEquals("Hello Alice!", runner.query("getGreeting", Map.of()).result());
    }

    @Test
    void setNameChangesTheGreetingAndLogsNameChangedIndexedByTheCaller() {
        TxOutcome outcome = runner.execute(ALICE, "setName", Map.of("name", "Bob"));

        assertEquals(0, outcome.code(), outcome.message());
        EventLog event = outcome.eventLogs().get(outcome.eventLogs().size() - 1);
        assertEquals(List.of("NameChanged(Address,str)", ALICE), event.indexed());
        assertEquals(List.of("Bob"), event.data());
        assertEquals("Bob", runner.query("name", Map.of()).result());
        assertEquals("Hello Bob!", runner.query("getGreeting", Map.of()).result());
    }
}
