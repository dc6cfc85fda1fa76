package org.loopchain.core.icon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.StoredTx;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.core.block.Block;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconKey;
import org.loopchain.core.icon.V3Admission;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.testing.ClassArchives;
import org.loopchain.score.host.CounterScore;

class V3MethodsTest {

    private static final long NOW = 1_700_000_000_000_000L;

    /** A channel in memory: submitted transactions stay pending until {@link #commit}. */
    private static final class MemoryChain implements V3Chain {
        static final IconAddress SCORE = IconAddress.parse("score", "cx" + "5".repeat(40));
        /** A contract deployed by a v3 transaction: {@code count} answers 0x7. */
        static final IconAddress DEPLOYED = IconAddress.parse("score", "cx" + "8".repeat(40));
        final Map<String, StoredTx> txs = new HashMap<>();
        boolean runsScore = true;
        boolean scoreReady = true;
        final List<Block> blocks = new ArrayList<>(List.of(new Block("c", 0, "a".repeat(64), "", "", 0, "", "", "", List.of())));

        @Override
        public CoinGenesis coin() {
            return new CoinGenesis(BigInteger.ONE, Map.of(ALICE.address(), BigInteger.TEN), BigInteger.ZERO);
        }

        @Override
        public V3Admission admission() {
            return new V3Admission(BigInteger.ONE, Clock.fixed(Instant.ofEpochMilli(NOW / 1000), ZoneOffset.UTC), Duration.ofSeconds(300));
        }

        @Override
        public Optional<Block> lastBlock() {
            return Optional.of(blocks.get(blocks.size() - 1));
        }

        @Override
        public Optional<Block> blockByHeight(long height) {
            return height < blocks.size() ? Optional.of(blocks.get((int) height)) : Optional.empty();
        }

        @Override
        public Optional<Block> blockByHash(String hash) {
            return blocks.stream().filter(b -> b.hash().equals(hash)).findFirst();
        }

        @Override
        public List<Transaction> transactionsOf(long height) {
            return blocks.get((int) height).txHashes().stream().map(h -> txs.get(h).tx()).toList();
        }

        @Override
        public Optional<StoredTx> transaction(String hash) {
            return Optional.ofNullable(txs.get(hash));
        }

        @Override
        public Optional<String> result(String hash) {
            return Optional.of("{\"status\": \"0x1\", \"stepUsed\": \"0x186a0\", \"stepPrice\": \"0x0\", \"eventLogs\": [], "
                    + "\"cumulativeStepUsed\": \"0x186a0\"}");
        }

        @Override
        public CompletableFuture<BigInteger> balance(IconAddress address) {
            return CompletableFuture.completedFuture(coin().genesisBalance(address));
        }

        @Override
        public Optional<IconAddress> scoreAddress() {
            return runsScore ? Optional.of(SCORE) : Optional.empty();
        }

        /** {@code balanceOf} answers 0x2a; any other method fails as the engine does for an unknown one. */
        @Override
        public CompletableFuture<QueryOutcome> query(String method, Map<String, Object> params) {
            return CompletableFuture.completedFuture("balanceOf".equals(method) && params.containsKey("_owner")
                    ? new QueryOutcome(0, "", "0x2a") : new QueryOutcome(3, "method '" + method + "' not found", null));
        }

        @Override
        public Optional<List<Map<String, Object>>> scoreApi() {
            return scoreReady ? Optional.of(List.of(Map.of("type", "function", "name", "balanceOf"))) : Optional.empty();
        }

        @Override
        public boolean isDeployed(IconAddress address) {
            return DEPLOYED.equals(address);
        }

        @Override
        public CompletableFuture<QueryOutcome> query(IconAddress address, String method, Map<String, Object> params) {
            return CompletableFuture.completedFuture(DEPLOYED.equals(address) && "count".equals(method)
                    ? new QueryOutcome(0, "", "0x7") : new QueryOutcome(3, "method '" + method + "' not found", null));
        }

        @Override
        public Optional<List<Map<String, Object>>> scoreApi(IconAddress address) {
            return DEPLOYED.equals(address) ? Optional.of(List.of(Map.of("type", "function", "name", "count"))) : Optional.empty();
        }

        @Override
        public CompletableFuture<Transaction> submit(V3Transaction tx) {
            Transaction stored = V3Transactions.of("c", "p", tx);
            txs.put(stored.hash(), new StoredTx(stored, OptionalLong.empty()));
            return CompletableFuture.completedFuture(stored);
        }

        void commit(String hash) {
            txs.put(hash, new StoredTx(txs.get(hash).tx(), OptionalLong.of(1)));
            blocks.add(new Block("c", 1, "b".repeat(64), "a".repeat(64), hash, NOW, "p", "", "", List.of(hash)));
        }
    }

    private final MemoryChain chain = new MemoryChain();
    private final V3Methods methods = new V3Methods(chain);

    private Map<?, ?> call(String method, Object params) {
        Map<String, Object> request = new HashMap<>(Map.of("jsonrpc", "2.0", "method", method, "id", 1L));
        if (params != null) {
            request.put("params", params);
        }
        String text = Json.pyDumps(request);
        return (Map<?, ?>) methods.answer(RpcRequest.body(text)).join().get(0);
    }

    private static long errorCode(Map<?, ?> reply) {
        assertTrue(reply.containsKey("error"), reply.toString());
        return ((Number) ((Map<?, ?>) reply.get("error")).get("code")).longValue();
    }

    private static Map<String, Object> transfer(IconKey signer, BigInteger nid) {
        return V3Fixtures.signed(V3Fixtures.transfer(ALICE, BOB.address(), 3, NOW, nid), signer);
    }

    @Test
    void aSentTransactionIsPendingThenHasAResult() {
        String hash = (String) call("icx_sendTransaction", transfer(ALICE, BigInteger.ONE)).get("result");
        assertEquals(66, hash.length());
        Map<?, ?> pending = call("icx_getTransactionResult", Map.of("txHash", hash));
        assertEquals(-32602, errorCode(pending));
        assertEquals("Pending transaction", ((Map<?, ?>) pending.get("error")).get("message"));
        chain.commit(hash.substring(2));
        Map<?, ?> result = (Map<?, ?>) call("icx_getTransactionResult", Map.of("txHash", hash)).get("result");
        assertEquals("0x1", result.get("status"));
        assertEquals("0x1", result.get("blockHeight"));
        assertEquals("0x0", result.get("txIndex"));
        Map<?, ?> tx = (Map<?, ?>) call("icx_getTransactionByHash", Map.of("txHash", hash)).get("result");
        assertEquals(ALICE.address().toString(), tx.get("from"));
        Map<?, ?> block = (Map<?, ?>) call("icx_getLastBlock", null).get("result");
        assertEquals(1L, ((Number) block.get("height")).longValue());
        assertEquals("0x" + "b".repeat(64), block.get("block_hash"));
        assertEquals(block, call("icx_getBlockByHash", Map.of("hash", "0x" + "b".repeat(64))).get("result"));
        assertEquals(block, call("icx_getBlockByHeight", Map.of("height", "0x1")).get("result"));
    }

    @Test
    void aReplayAForgedSenderAndAWrongNidAreRefusedAndNothingIsStored() {
        Map<String, Object> tx = transfer(ALICE, BigInteger.ONE);
        call("icx_sendTransaction", tx);
        assertEquals(-32000, errorCode(call("icx_sendTransaction", tx)));
        assertEquals(-32602, errorCode(call("icx_sendTransaction", transfer(BOB, BigInteger.ONE))));
        assertEquals(-32602, errorCode(call("icx_sendTransaction", transfer(ALICE, BigInteger.TWO))));
        assertEquals(1, chain.txs.size());
    }

    @Test
    void malformedParamsAreInvalidParams() {
        Map<String, Object> tx = new HashMap<>(transfer(ALICE, BigInteger.ONE));
        tx.put("value", "0x03");
        assertEquals(-32602, errorCode(call("icx_sendTransaction", tx)));
        assertEquals(-32602, errorCode(call("icx_getBalance", Map.of("address", "hxZZ"))));
        assertEquals(-32602, errorCode(call("icx_getBlockByHeight", Map.of("height", "12"))));
        assertEquals(-32602, errorCode(call("icx_getTransactionResult", Map.of("txHash", "0x" + "A".repeat(64)))));
        assertEquals(-32602, errorCode(call("icx_getTransactionResult", Map.of("txHash", "0x" + "a".repeat(64)))));
        assertEquals(-32601, errorCode(call("icx_noSuchMethod", null)));
        assertTrue(chain.txs.isEmpty());
    }

    @Test
    void balancesSupplyAndStepEstimateAreIconHex() {
        assertEquals("0xa", call("icx_getBalance", Map.of("address", ALICE.address().toString())).get("result"));
        assertEquals("0x0", call("icx_getBalance", Map.of("address", "cx" + "1".repeat(40))).get("result"));
        assertEquals("0xa", call("icx_getTotalSupply", null).get("result"));
        Map<String, Object> estimate = new HashMap<>(V3Fixtures.transfer(ALICE, BOB.address(), 3, NOW, BigInteger.ONE));
        estimate.remove("stepLimit");
        assertEquals("0x186a0", call("debug_estimateStep", estimate).get("result"));
    }

    @Test
    void aBatchIsAnsweredElementByElementInOrder() {
        String text = "[{\"jsonrpc\": \"2.0\", \"method\": \"icx_getTotalSupply\", \"id\": 1}, 5, "
                + "{\"jsonrpc\": \"2.0\", \"method\": \"nope\", \"id\": 3}]";
        List<Map<String, Object>> replies = methods.answer(RpcRequest.body(text)).join();
        assertEquals("0xa", replies.get(0).get("result"));
        assertEquals(-32600L, errorCode(replies.get(1)));
        assertEquals(-32601L, errorCode(replies.get(2)));
        assertEquals(3L, ((Number) replies.get(2).get("id")).longValue());
    }

    private static Map<String, Object> scoreCall(IconAddress to, Map<String, Object> change) {
        Map<String, Object> p = V3Fixtures.call(ALICE, to, "transfer", Map.of("_to", BOB.address().toString(), "_value", "0x1"),
                1_000_000, NOW);
        p.putAll(change);
        return V3Fixtures.signed(p, ALICE);
    }

    @Test
    void aSignedCallToTheChannelsScoreIsTakenAndCallsElsewhereAreRefused() {
        Map<String, Object> good = scoreCall(MemoryChain.SCORE, Map.of());
        String hash = (String) call("icx_sendTransaction", good).get("result");
        assertTrue(chain.transaction(hash.substring(2)).isPresent());
        IconAddress other = IconAddress.parse("to", "cx" + "6".repeat(40));
        assertEquals(-32602, errorCode(call("icx_sendTransaction", scoreCall(other, Map.of()))));
        String paying = (String) call("icx_sendTransaction", scoreCall(MemoryChain.SCORE, Map.of("value", "0x1"))).get("result");
        assertTrue(chain.transaction(paying.substring(2)).isPresent(), "value goes with a call to a payable method");
        Map<String, Object> deploy = scoreCall(MemoryChain.SCORE, Map.of("dataType", "deploy",
                "data", Map.of("contentType", "application/java", "content", "0x504b")));
        assertEquals(-32602, errorCode(call("icx_sendTransaction", deploy)));
        Map<String, Object> plain = V3Fixtures.signed(V3Fixtures.transfer(ALICE, MemoryChain.SCORE, 1, NOW, BigInteger.ONE), ALICE);
        assertEquals(-32602, errorCode(call("icx_sendTransaction", plain)));
        chain.runsScore = false;
        assertEquals(-32602, errorCode(call("icx_sendTransaction", scoreCall(MemoryChain.SCORE, Map.of()))));
        assertEquals(2, chain.txs.size(), "only the good calls are stored");
    }

    @Test
    void icxCallAnswersTheScoresValueOrItsErrorAndRefusesMalformedRequests() {
        Map<String, Object> query = Map.of("to", MemoryChain.SCORE.toString(), "dataType", "call",
                "data", Map.of("method", "balanceOf", "params", Map.of("_owner", ALICE.address().toString())));
        assertEquals("0x2a", call("icx_call", query).get("result"));
        Map<?, ?> failed = call("icx_call", Map.of("to", MemoryChain.SCORE.toString(), "dataType", "call", "data", Map.of("method", "nope")));
        assertEquals(-32100, errorCode(failed));
        assertTrue(((Map<?, ?>) failed.get("error")).get("message").toString().startsWith("SCORE error 0x3: "), failed.toString());
        assertEquals(-32602, errorCode(call("icx_call", Map.of("to", "cx" + "6".repeat(40), "dataType", "call",
                "data", Map.of("method", "balanceOf")))));
        assertEquals(-32602, errorCode(call("icx_call", Map.of("to", MemoryChain.SCORE.toString(), "dataType", "call",
                "data", Map.of("method", 5)))));
        assertEquals(-32602, errorCode(call("icx_call", Map.of("to", MemoryChain.SCORE.toString(), "dataType", "deploy",
                "data", Map.of("method", "balanceOf")))));
        assertEquals(-32602, errorCode(call("icx_call", Map.of("to", MemoryChain.SCORE.toString(), "dataType", "call",
                "data", Map.of("method", "balanceOf", "params", List.of())))));
        assertEquals(-32602, errorCode(call("icx_call", Map.of("to", MemoryChain.SCORE.toString(), "extra", 1))));
    }

    @Test
    void theScoreApiIsAnsweredForTheChannelsScoreOnly() {
        Object api = call("icx_getScoreApi", Map.of("address", MemoryChain.SCORE.toString())).get("result");
        assertEquals(List.of(Map.of("type", "function", "name", "balanceOf")), api);
        assertEquals(-32602, errorCode(call("icx_getScoreApi", Map.of("address", "cx" + "6".repeat(40)))));
        chain.scoreReady = false;
        assertEquals(-32000, errorCode(call("icx_getScoreApi", Map.of("address", MemoryChain.SCORE.toString()))));
    }

    private static Map<String, Object> deploy(String to, String contentType, String content) {
        return scoreCall(IconAddress.parse("to", to), Map.of("dataType", "deploy", "data",
                Map.of("contentType", contentType, "content", content, "params", Map.of("label", "x"))));
    }

    @Test
    void aJavaJarDeployedToTheInstallAddressOrToADeployedContractIsTakenAndOtherDeploysAreRefused() {
        String jar = "0x" + Hex.encode(ClassArchives.iconJar(CounterScore.class));
        String hash = (String) call("icx_sendTransaction", deploy(V3Methods.INSTALL_ADDRESS, "application/java", jar)).get("result");
        assertTrue(chain.transaction(hash.substring(2)).isPresent());
        String update = (String) call("icx_sendTransaction", deploy(MemoryChain.DEPLOYED.toString(), "application/java", jar))
                .get("result");
        assertTrue(chain.transaction(update.substring(2)).isPresent(), "an update (its owner is checked in its block)");
        assertEquals(-32602, errorCode(call("icx_sendTransaction", deploy("cx" + "6".repeat(40), "application/java", jar))),
                "a deploy to an address with no contract");
        assertEquals(-32602, errorCode(call("icx_sendTransaction", deploy(MemoryChain.SCORE.toString(), "application/java", jar))),
                "the channel's SCORE is pinned by its operators, not deployed");
        assertEquals(-32602, errorCode(call("icx_sendTransaction", deploy(V3Methods.INSTALL_ADDRESS, "application/zip", jar))),
                "a Python SCORE");
        assertEquals(-32602, errorCode(call("icx_sendTransaction", deploy(V3Methods.INSTALL_ADDRESS, "application/java", "0x504b0304"))),
                "not a jar");
        assertEquals(2, chain.txs.size(), "only the good deploy and update are stored");
    }

    @Test
    void aDeployedContractIsCalledQueriedAndDescribedLikeTheChannelsScore() {
        String hash = (String) call("icx_sendTransaction", scoreCall(MemoryChain.DEPLOYED, Map.of())).get("result");
        assertTrue(chain.transaction(hash.substring(2)).isPresent());
        assertEquals("0x7", call("icx_call", Map.of("to", MemoryChain.DEPLOYED.toString(), "dataType", "call",
                "data", Map.of("method", "count"))).get("result"));
        assertEquals(-32100, errorCode(call("icx_call", Map.of("to", MemoryChain.DEPLOYED.toString(), "dataType", "call",
                "data", Map.of("method", "balanceOf")))), "the query went to the deployed contract, not the channel's SCORE");
        assertEquals(List.of(Map.of("type", "function", "name", "count")),
                call("icx_getScoreApi", Map.of("address", MemoryChain.DEPLOYED.toString())).get("result"));
    }
}
