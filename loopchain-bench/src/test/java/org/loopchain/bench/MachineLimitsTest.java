package org.loopchain.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.core.tx.Transaction;

class MachineLimitsTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void everyLimitIsMeasuredAsAPositiveRate(@TempDir Path scratch) throws Exception {
        MachineLimits.Limits limits = MachineLimits.measure(SHORT, 4, scratch);
        System.out.print(limits.block()); // what ./loopchain bench prints before the load, for a look in the test log

        assertTrue(limits.verify().perSecond() > 0, "verify/s");
        assertTrue(limits.sha256().perSecond() > 0, "hash/s");
        assertTrue(limits.derby().perSecond() > 0, "commits/s");
        assertEquals(Runtime.getRuntime().availableProcessors(), limits.threads());
        assertTrue(limits.payloadBytes() > 200, "a bench tx's wire form has its meta, data, signature and key");
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void correctlySignedBenchTransactionsAllVerify() {
        Throughput.Rate rate = MachineLimits.verifications(MachineLimits.benchTransactions(8, 2), 1, SHORT);

        assertTrue(rate.done() > 0);
        assertEquals(0, rate.failed());
    }

    @Test
    void aTransactionCarryingAnotherTransactionsSignatureCountsAsFailed() {
        List<Transaction> txs = MachineLimits.benchTransactions(4, 2);
        List<Transaction> tampered = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            Transaction t = txs.get(i);
            Transaction other = txs.get((i + 2) % txs.size()); // same signer, another hash
            tampered.add(new Transaction(t.kind(), t.hash(), t.channel(), t.meta(), t.data(), t.timestampMicros(),
                    other.signature(), t.publicKey()));
        }

        Throughput.Rate rate = MachineLimits.verifications(tampered, 1, SHORT);

        assertEquals(0, rate.done(), "a signature over another hash was accepted");
        assertTrue(rate.failed() > 0);
    }

    @Test
    void theLimitsBlockNamesEachRate() {
        MachineLimits.Limits limits = new MachineLimits.Limits(2, Duration.ofSeconds(3), 4, new Throughput.Rate(123_000, 0, 3.0),
                new Throughput.Rate(3_000_000, 0, 3.0), 412, new Throughput.Rate(900, 0, 3.0),
                Path.of(".work/tmp"));

        String[] lines = limits.block().split(System.lineSeparator());

        assertEquals(4, lines.length);
        assertEquals("machine limits   2 threads (one per core), 3.0 s each after a 0.5 s warm-up (--no-limits skips this)", lines[0]);
        assertTrue(lines[1].startsWith("secp256k1        41000 verify/s ("), lines[1]);
        assertTrue(lines[1].endsWith("; V1Transactions.verify of bench txs signed by 4 keys)"), lines[1]);
        assertEquals("SHA-256          1000000 hash/s of 412 B (a bench tx's wire form)", lines[2]);
        assertEquals("Derby            300 commits/s (embedded, under .work/tmp: one INSERT + commit at a time on one connection,"
                + " default durability)", lines[3]);
    }

    @Test
    void theCeilingIsTheVerifyRateSharedByThePeers() {
        assertEquals("signature ceiling  40000 verify/s ÷ 4 peers = 10000 tx/s; committed/ceiling = 0.25",
                MachineLimits.ceilingLine(40_000, 4, 2_500));
    }
}
