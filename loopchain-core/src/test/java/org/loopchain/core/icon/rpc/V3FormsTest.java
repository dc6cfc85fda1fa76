package org.loopchain.core.icon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.block.Block;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.LogsBloom;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class V3FormsTest {

    private static final long NOW = 1_700_000_000_000_000L;
    private static final IconAddress TOKEN = IconAddress.parse("score", "cx" + "5".repeat(40));
    private static final String LOGS = "[{\"scoreAddress\": \"" + TOKEN + "\", \"indexed\": [\"Transfer(Address,Address,int,bytes)\", \""
            + ALICE.address() + "\", \"" + BOB.address() + "\", \"0x28\"], \"data\": [\"0x\"]}]";
    private static final Block BLOCK = new Block("c", 1, "b".repeat(64), "a".repeat(64), "", NOW, "p", "", "", List.of());

    private static String expectedBloom() {
        return LogsBloom.of((List<?>) Json.parse(LOGS)).toHex();
    }

    @Test
    void aV3ResultCarriesTheBloomOfItsEventLogs() {
        Transaction tx = V3Transactions.of("c", "p", V3Fixtures.tx(V3Fixtures.call(ALICE, TOKEN, "transfer", Map.of(), 1_000_000, NOW), ALICE));
        String stored = "{\"status\": \"0x1\", \"stepUsed\": \"0x186a0\", \"stepPrice\": \"0x0\", \"eventLogs\": " + LOGS
                + ", \"cumulativeStepUsed\": \"0x186a0\"}";

        Map<String, Object> result = V3Forms.result(tx, BLOCK, 0, stored);

        assertEquals(expectedBloom(), result.get("logsBloom"));
        assertFalse(expectedBloom().equals("0x" + "0".repeat(512)));
    }

    @Test
    void aV1ScoreCallsResultCarriesTheBloomOfItsEventLogs() {
        Transaction tx = V1Transactions.create("c", new TxMeta("p", "s", "1", "c"), Map.of("method", "transfer"), NOW,
                PeerKey.generate(new SecureRandom()));
        String stored = "{\"code\": 0, \"eventLogs\": " + LOGS + ", \"stepUsed\": 1471}";

        assertEquals(expectedBloom(), V3Forms.result(tx, BLOCK, 0, stored).get("logsBloom"));
    }

    @Test
    void aResultWithoutEventLogsHasTheAllZeroBloom() {
        Transaction tx = V3Transactions.of("c", "p", V3Fixtures.tx(V3Fixtures.transfer(ALICE, BOB.address(), 3, NOW, null), ALICE));
        String stored = "{\"status\": \"0x1\", \"stepUsed\": \"0x186a0\", \"stepPrice\": \"0x0\", \"eventLogs\": [], "
                + "\"cumulativeStepUsed\": \"0x186a0\"}";

        assertEquals("0x" + "0".repeat(512), V3Forms.result(tx, BLOCK, 0, stored).get("logsBloom"));
    }
}
