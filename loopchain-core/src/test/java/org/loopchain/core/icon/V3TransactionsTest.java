package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;

class V3TransactionsTest {

    private static final long NOW_MICROS = 1_700_000_000_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW_MICROS / 1000), ZoneOffset.UTC);
    private static final V3Admission ADMISSION = new V3Admission(BigInteger.ONE, CLOCK, Duration.ofSeconds(300));

    private static V3Transaction transfer(long timestamp, BigInteger nid, IconKey signer) {
        return V3Fixtures.tx(V3Fixtures.transfer(ALICE, BOB.address(), 5, timestamp, nid), signer);
    }

    @Test
    void aStoredV3TransactionKeepsItsHashAndVerifies() {
        V3Transaction v3 = transfer(NOW_MICROS, BigInteger.ONE, ALICE);
        Transaction tx = V3Transactions.of("c", "peer", v3);
        assertEquals(TxKind.ICON_V3, tx.kind());
        assertEquals(v3.hash().hex(), tx.hash());
        assertEquals(NOW_MICROS, tx.timestampMicros());
        assertEquals(v3.params(), V3Transactions.params(tx));
        assertTrue(V3Transactions.problems(tx).isEmpty());
    }

    @Test
    void aStoredV3TransactionWithChangedDataOrForeignSignatureIsRefused() {
        Transaction tx = V3Transactions.of("c", "peer", transfer(NOW_MICROS, BigInteger.ONE, ALICE));
        Transaction changed = new Transaction(tx.kind(), tx.hash(), tx.channel(), tx.meta(),
                tx.data().replace("\"0x5\"", "\"0x6\""), tx.timestampMicros(), tx.signature(), "");
        assertFalse(V3Transactions.problems(changed).isEmpty());
        Transaction forged = V3Transactions.of("c", "peer", transfer(NOW_MICROS, BigInteger.ONE, BOB));
        assertTrue(V3Transactions.problems(forged).get(0).contains("does not recover"), V3Transactions.problems(forged).toString());
    }

    @Test
    void admissionAcceptsASignedTransactionOnTheChannelsNetworkInTime() {
        assertTrue(ADMISSION.refusal(transfer(NOW_MICROS + 299_000_000L, BigInteger.ONE, ALICE)).isEmpty());
    }

    @Test
    void admissionRefusesWrongOrMissingNid() {
        assertTrue(ADMISSION.refusal(transfer(NOW_MICROS, BigInteger.TWO, ALICE)).orElseThrow().contains("nid"));
        assertTrue(ADMISSION.refusal(transfer(NOW_MICROS, null, ALICE)).orElseThrow().contains("nid"));
    }

    @Test
    void admissionRefusesATimestampOutsideTheBoundary() {
        assertTrue(ADMISSION.refusal(transfer(NOW_MICROS - 301_000_000L, BigInteger.ONE, ALICE)).orElseThrow().contains("timestamp"));
        assertTrue(ADMISSION.refusal(transfer(NOW_MICROS + 301_000_000L, BigInteger.ONE, ALICE)).orElseThrow().contains("timestamp"));
    }

    @Test
    void admissionRefusesAForgedSender() {
        assertTrue(ADMISSION.refusal(transfer(NOW_MICROS, BigInteger.ONE, BOB)).orElseThrow().contains("signature"));
    }

    @Test
    void admissionRefusesDataOverGoloopsLimit() {
        Map<String, Object> p = V3Fixtures.transfer(ALICE, BOB.address(), 0, NOW_MICROS, BigInteger.ONE);
        p.remove("value");
        p.put("dataType", "message");
        p.put("data", "0x" + "ab".repeat(V3Admission.MAX_DATA_BYTES / 2));
        assertTrue(ADMISSION.refusal(V3Fixtures.tx(p, ALICE)).orElseThrow().contains("data is larger"));
        p.put("data", "0x" + "ab".repeat(1000));
        assertTrue(ADMISSION.refusal(V3Fixtures.tx(p, ALICE)).isEmpty());
    }
}
