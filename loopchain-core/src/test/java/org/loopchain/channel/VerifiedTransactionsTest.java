package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class VerifiedTransactionsTest {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {3}));
    private static final PeerKey OTHER = PeerKey.generate(new SecureRandom(new byte[] {4}));

    private static Transaction tx(int n) {
        return V1Transactions.create("c", new TxMeta("p", "s", "0", "c"), Map.of("n", n), 1_000 + n, KEY);
    }

    @Test
    void aValidTransactionIsCheckedOnceAndThenKnown() {
        VerifiedTransactions verified = new VerifiedTransactions();
        Transaction tx = tx(1);
        assertEquals(List.of(), verified.check(tx));
        assertEquals(List.of(), verified.check(tx));
    }

    @Test
    void theSameHashWithAnotherSignatureOrKeyIsCheckedAgainAndFails() {
        VerifiedTransactions verified = new VerifiedTransactions();
        Transaction tx = tx(2);
        verified.check(tx);
        Transaction otherKey = new Transaction(tx.kind(), tx.hash(), tx.channel(), tx.meta(), tx.data(),
                tx.timestampMicros(), tx.signature(), OTHER.publicKeyBase64());
        assertFalse(verified.check(otherKey).isEmpty(), "a signature that does not match its key is not taken as known");
        Transaction forged = new Transaction(tx.kind(), tx.hash(), tx.channel(), tx.meta(), tx.data() + " ",
                tx.timestampMicros(), tx.signature(), tx.publicKey());
        assertFalse(verified.check(forged).isEmpty(), "other content under a known hash does not pass");
    }

    @Test
    void aForgedTransactionIsNeverRemembered() {
        VerifiedTransactions verified = new VerifiedTransactions();
        Transaction tx = tx(3);
        Transaction bad = new Transaction(tx.kind(), tx.hash(), tx.channel(), tx.meta(), tx.data(), tx.timestampMicros(),
                tx(4).signature(), tx.publicKey());
        assertFalse(verified.check(bad).isEmpty());
        assertFalse(verified.check(bad).isEmpty());
    }
}
