package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/** Own waiting transactions are relayed again only when a lost relay explains their wait. */
class ResendsTest {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {31}));
    private static final long SECOND = 1_000_000;

    private final Resends resends = new Resends(100, 3 * SECOND);

    private static Transaction submittedAt(long micros) {
        return V1Transactions.create("c", new TxMeta("self", "s", "0", "c"), Map.of("at", micros), micros, KEY);
    }

    private final Transaction old = submittedAt(10 * SECOND);
    private final Transaction recent = submittedAt(18 * SECOND);

    @Test
    void behindABacklogOfFullBlocksNothingIsRelayedAgain() {
        resends.committed(19 * SECOND, 100);
        resends.committed(20 * SECOND, 100);

        assertEquals(List.of(), resends.due(List.of(old, recent), 20 * SECOND, false));
    }

    @Test
    void aBlockWithRoomMadeWellAfterATransactionMeansItsLeaderNeverHadIt() {
        resends.committed(14 * SECOND, 99);
        resends.committed(20 * SECOND, 100);

        assertEquals(List.of(old), resends.due(List.of(old, recent), 20 * SECOND, false),
                "only what is older than the roomy block by the wait");
    }

    @Test
    void aBlockWithRoomMadeJustAfterATransactionMayNotHaveSeenItsRelayYet() {
        resends.committed(12 * SECOND, 5);

        assertEquals(List.of(), resends.due(List.of(old, recent), 20 * SECOND, false));
    }

    @Test
    void onAStandingHeadEverythingOlderThanTheWaitIsRelayedAgain() {
        resends.committed(19 * SECOND, 100);

        assertEquals(List.of(old), resends.due(List.of(old, recent), 20 * SECOND, true));
        assertEquals(List.of(old, recent), resends.due(List.of(old, recent), 30 * SECOND, true));
    }
}
