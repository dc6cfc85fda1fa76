package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopchain.score.spi.ScoreHosts;
import score.Address;

class EventLogRewriteTest {

    private static final Address FROM = Address.fromString("hx" + "1".repeat(40));
    private static final Address TO = Address.fromString("cx" + "2".repeat(40));

    private static ScoreCode code;

    @BeforeAll
    static void prepare() throws Exception {
        code = ScoreCode.prepare(ArchiveBuilder.archive("com.example.EventScore"));
    }

    @Test
    void indexedParametersFollowTheSignatureAndTheRestIsData() throws Throwable {
        EventRecordingHost host = run("send", FROM, TO, BigInteger.TEN);

        EventRecordingHost.Logged log = host.logs.get(0);
        assertEquals(List.of("Transfer(Address,Address,int,bytes)", FROM, TO, BigInteger.TEN), log.indexed());
        assertEquals(1, log.data().size());
        assertArrayEquals(new byte[] {1, 2}, (byte[]) log.data().get(0));
    }

    @Test
    void primitivesAreBoxedAndNamedTheIconWay() throws Throwable {
        EventRecordingHost host = run("flags");

        EventRecordingHost.Logged log = host.logs.get(0);
        assertEquals(List.of("Flagged(bool,int,int,str)"), log.indexed());
        assertEquals(List.of(true, 7L, 'x', "note"), log.data());
    }

    @Test
    void eventLogMethodsOfTheWrongShapeAreRejected() throws Exception {
        ScoreArchive archive = ArchiveBuilder.archive("com.example.BadEvents");

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreCode.prepare(archive));

        assertEquals(List.of(
                "@EventLog com.example.BadEvents.Counted(int) must return void",
                "@EventLog com.example.BadEvents.TooMany(int) has indexed=2, more than 3 or than its parameters",
                "@EventLog com.example.BadEvents.Listed(java.util.List) has a parameter of type java.util.List"
                        + " (allowed: Address, integers, BigInteger, boolean, String, byte[])"), e.problems());
    }

    private static EventRecordingHost run(String method, Object... args) throws Throwable {
        EventRecordingHost host = new EventRecordingHost();
        ScoreHosts.Binding binding = ScoreHosts.bind(host);
        try (StepMeter.Session session = StepMeter.start(1_000_000)) {
            StepMeteringTest.invoke(code, method, args);
            assertTrue(session.used() > 0, "the rewritten body is metered too");
        } finally {
            binding.close();
        }
        return host;
    }
}
