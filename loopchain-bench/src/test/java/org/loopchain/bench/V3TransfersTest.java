package org.loopchain.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.core.icon.IconKey;
import org.loopchain.core.icon.IconTxHash;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.json.Json;

class V3TransfersTest {

    private final V3Transfers load = new V3Transfers("kofia_1", BigInteger.valueOf(3), BigInteger.ZERO, 2);
    private final IconKey wallet = IconKey.generate(new SecureRandom());

    @Test
    void aTransferIsSignedByItsSenderAsTheNodeChecksIt() {
        V3Transaction tx = V3Transaction.parse(load.params(wallet, 41, 1_700_000_000_000_000L));
        assertTrue(tx.verify(), "the node's own check accepts the signature");
        assertEquals(Optional.of(wallet.address()), tx.signer());
        assertEquals("hx000000000000000000000000000000000000002a", tx.to().toString());
        assertEquals(BigInteger.valueOf(3), tx.nid());
    }

    @Test
    void twoTransfersOfOneClientInTheSameMicrosecondHaveDifferentHashes() {
        long now = 1_700_000_000_000_000L;
        assertNotEquals(IconTxHash.of(load.params(wallet, 1, now)), IconTxHash.of(load.params(wallet, 2, now)));
    }

    @Test
    void theRequestIsJsonRpcToTheChannelsPath() {
        Map<?, ?> request = (Map<?, ?>) Json.parse(V3Transfers.request(7, load.params(wallet, 7, 1L)));
        assertEquals("2.0", request.get("jsonrpc"));
        assertEquals("icx_sendTransaction", request.get("method"));
        assertEquals("/api/v3/kofia_1", load.path());
        assertEquals("/api/v3", new V3Transfers(null, BigInteger.ONE, BigInteger.ZERO, 1).path());
    }

    @Test
    void onlyAResultHashIsAnAcknowledgement() {
        String hash = "ab".repeat(32);
        assertEquals(Optional.of(hash), load.acceptedHash(new HttpConnection.Reply(200,
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": \"0x" + hash + "\"}")));
        assertEquals(Optional.empty(), load.acceptedHash(new HttpConnection.Reply(200,
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": -32602, \"message\": \"stale timestamp\"}}")));
        assertEquals(Optional.empty(), load.acceptedHash(new HttpConnection.Reply(503, "{\"result\": \"0x" + hash + "\"}")));
        assertEquals(Optional.empty(), load.acceptedHash(new HttpConnection.Reply(200, "[]")));
    }
}
