package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import foundation.icon.icx.Call;
import foundation.icon.icx.IconService;
import foundation.icon.icx.KeyWallet;
import foundation.icon.icx.SignedTransaction;
import foundation.icon.icx.Transaction;
import foundation.icon.icx.TransactionBuilder;
import foundation.icon.icx.data.Address;
import foundation.icon.icx.data.Block;
import foundation.icon.icx.data.Bytes;
import foundation.icon.icx.data.ConfirmedTransaction;
import foundation.icon.icx.data.ScoreApi;
import foundation.icon.icx.data.TransactionResult;
import foundation.icon.icx.transport.http.HttpProvider;
import foundation.icon.icx.transport.jsonrpc.RpcError;
import foundation.icon.icx.transport.jsonrpc.RpcItem;
import foundation.icon.icx.transport.jsonrpc.RpcObject;
import foundation.icon.icx.transport.jsonrpc.RpcValue;
import jakarta.jms.JMSRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.icon.LogsBloom;
import org.loopchain.core.json.Json;
import org.loopchain.it.scores.CoinFaucet;
import org.loopchain.it.scores.TokenSpender;

/**
 * ICON JSON-RPC v3 on the real four-peer network, driven by the official ICON Java SDK, unchanged:
 * the channel's genesis funds one wallet; a message and a coin transfer are signed by the client,
 * committed by consensus and read back on other peers; the channel's SCORE is called by a signed
 * transaction whose signer is its caller, read by {@code icx_call} and described by
 * {@code icx_getScoreApi}; forged and foreign-network transactions are refused and stored nowhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IconV3EndToEndIT {

    private static final String CHANNEL = ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL.defaultValue();
    private static final BigInteger ICX = BigInteger.TEN.pow(18);
    private static final BigInteger GENESIS = ICX.multiply(BigInteger.valueOf(1000));
    private static final BigInteger NID = BigInteger.ONE;
    private static final BigInteger STEP_LIMIT = BigInteger.valueOf(1_000_000);
    private static final String TOKEN_PARAMS =
            "{\"_name\": \"Sample Token\", \"_symbol\": \"SMP\", \"_decimals\": \"0x0\", \"_initialSupply\": \"0x3e8\"}";

    /**
     * Every part of the network on an address of its own, as on hosts of their own: the broker
     * (LOOPCHAIN_BROKER_HOST), the Radio Station (LOOPCHAIN_RS_HOST) and each peer (LOOPCHAIN_PEER_HOSTS).
     * Nothing of the network reaches another part by 127.0.0.1. The network is started as the README's
     * two-host recipe starts one: "host A" (this work dir) writes every node's file ({@code configs}) and
     * starts the Radio Station and peers 0-2 from theirs ({@code radiostation -o}, {@code peer -o}, which
     * start A's broker); "host B" (a work dir of its own) starts peer 3 from its file, using A's broker.
     */
    private static final String BROKER_HOST = "127.0.0.2";
    /** A second channel of peers 0-2 only: peer3 (host B) is outside it. */
    private static final String HOST_A_ONLY = "host_a_only";
    private static final String RS_HOST = "127.0.0.3";
    private static final List<String> PEER_HOSTS = List.of("127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7");

    private final Launcher launcher = new Launcher(Launcher.PEERS, "", Map.of("LOOPCHAIN_BROKER_HOST", BROKER_HOST,
            "LOOPCHAIN_RS_HOST", RS_HOST, "LOOPCHAIN_PEER_HOSTS", String.join(",", PEER_HOSTS)));
    /** "Host B": no host knob; its peer takes every address from its file. */
    private final Launcher hostB = new Launcher(Launcher.PEERS, "-host-b", Map.of());
    private final KeyWallet god = KeyWallet.load(new Bytes("0x42a34cbac9b2931c6e99146b0f5d30de338c577f6a082beb3a2398dbb639b56c"));
    private final List<IconService> peers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void up() {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("score_package", "loopchain/default");
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < Launcher.PEERS; i++) {
            list.add(Map.of("peer_target", target(i), "weight", 1L));
        }
        channel.put("peers", list);
        channel.put("genesis_accounts", List.of(Map.of("name", "god", "address", god.getAddress().toString(),
                "balance", "0x" + GENESIS.toString(16))));
        Map<String, Object> hostAOnly = new LinkedHashMap<>();
        hostAOnly.put("score_package", "loopchain/default");
        hostAOnly.put("peers", list.subList(0, Launcher.PEERS - 1));
        launcher.fresh(Map.of("channel_manage_data.json", Json.pyDumps(Map.of(CHANNEL, channel, HOST_A_ONLY, hostAOnly))));
        hostB.fresh(Map.of());
        launcher.run("configs");
        launcher.run("radiostation", "-o", launcher.conf("rs.json").toString());
        CompletableFuture<Void> onHostB = CompletableFuture.runAsync(() -> hostB.run("peer", "-o", launcher.conf("peer3.json").toString()));
        for (int i = 0; i < Launcher.PEERS - 1; i++) {
            launcher.run("peer", "-o", launcher.conf("peer" + i + ".json").toString());
        }
        onHostB.join();
        OkHttpClient client = new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build();
        for (int i = 0; i < Launcher.PEERS; i++) {
            peers.add(new IconService(new HttpProvider(client, url(i) + "/" + CHANNEL)));
        }
    }

    @AfterAll
    void down() {
        hostB.run("down");
        launcher.run("down");
    }

    private static String url(int peer) {
        return "http://" + PEER_HOSTS.get(peer) + ":" + Launcher.restPort(peer) + "/api/v3";
    }

    private static String target(int peer) {
        return PEER_HOSTS.get(peer) + ":" + (Launcher.PORT_PEER + 100 * peer);
    }

    private static BigInteger now() {
        return BigInteger.valueOf(System.currentTimeMillis() * 1000);
    }

    private TransactionResult awaitResult(IconService peer, Bytes hash) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try {
                return peer.getTransactionResult(hash).execute();
            } catch (RpcError e) {
                if (e.getCode() != -32602 || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    /**
     * The broker listens on 127.0.0.2 only, the Radio Station on 127.0.0.3 and each peer on its own
     * address: every peer is ready (its resource adapter connected to the broker there), joined the
     * Radio Station with its own peer_target and rest_url (which the Radio Station polls), and the other
     * tests' blocks, agreed by the four peers over JMS, went through them. Nothing answers on 127.0.0.1.
     */
    @Test
    void eachPartOfTheNetworkOnItsOwnAddressCarriesIt() throws Exception {
        assertTrue(E2e.accepts(BROKER_HOST, Launcher.BROKER_PORT), "the broker answers on " + BROKER_HOST);
        assertFalse(E2e.accepts("127.0.0.1", Launcher.BROKER_PORT), "nothing answers on 127.0.0.1:" + Launcher.BROKER_PORT);
        assertTrue(E2e.accepts(RS_HOST, Launcher.RS_REST_PORT), "the Radio Station answers on " + RS_HOST);
        assertFalse(E2e.accepts("127.0.0.1", Launcher.RS_REST_PORT), "nothing answers on 127.0.0.1:" + Launcher.RS_REST_PORT);
        for (int i = 0; i < Launcher.PEERS; i++) {
            assertFalse(E2e.accepts("127.0.0.1", Launcher.restPort(i)), "nothing answers on 127.0.0.1:" + Launcher.restPort(i));
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://" + PEER_HOSTS.get(i) + ":"
                    + Launcher.restPort(i) + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().matches("(?s).*\"broker\":\\s*\"?true.*"), ready.body());
        }
        Map<?, ?> data = (Map<?, ?>) new Rest(RS_HOST, Launcher.RS_REST_PORT).get("peer/list?channel=" + CHANNEL).get("data");
        List<String> joined = new ArrayList<>();
        for (Object o : (List<?>) data.get("registered_peer_list")) {
            Map<?, ?> p = (Map<?, ?>) o;
            joined.add(p.get("target") + " " + p.get("rest_url") + " " + p.get("status"));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Launcher.PEERS; i++) {
            expected.add(target(i) + " http://" + PEER_HOSTS.get(i) + ":" + Launcher.restPort(i) + " 1");
        }
        assertEquals(expected, joined.stream().sorted().toList(), "each peer joined from its own address, and is online: " + data);
        assertEquals("", hostB.output("pid", "broker").strip(), "host B started no broker of its own");
        assertTrue(Files.readString(hostB.log())
                .contains("using the broker at tcp://" + BROKER_HOST + ":" + Launcher.BROKER_PORT), hostB.logTail());
        assertTrue(Files.isDirectory(hostB.work().resolve("domains/peer3")), "peer3 runs from host B's work dir");
    }

    /**
     * Issue 13: a node outside a channel receives nothing of it. Peers 0-2 commit a block on
     * {@value #HOST_A_ONLY}; peer3, which the channel does not list, does not serve it, and the broker
     * never delivered it one message of it: its subscriptions' filter names only its own channels
     * (without the filter every proposal, vote and relay would reach it and be counted as foreign). Nor
     * can it put anything into that channel: the broker refuses its login a send on the channel's
     * addresses, and anyone without a login at all.
     */
    @Test
    void aPeerOutsideAChannelReceivesNothingOfIt() throws Exception {
        Rest peer0 = new Rest(PEER_HOSTS.get(0), Launcher.restPort(0));
        Rest peer3 = new Rest(PEER_HOSTS.get(3), Launcher.restPort(3));
        String hash = E2e.submit(peer0, "transactions?channel=" + HOST_A_ONLY, "{\"data\": \"for peers 0-2 only\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (int i = 0; i < Launcher.PEERS - 1; i++) {
            Rest peer = new Rest(PEER_HOSTS.get(i), Launcher.restPort(i));
            while (peer.get("transactions/result?channel=" + HOST_A_ONLY + "&hash=" + hash).status() != 200) {
                assertTrue(System.nanoTime() < deadline, "peer" + i + " commits the transaction of " + HOST_A_ONLY);
                Thread.sleep(300);
            }
        }
        Rest.Reply status = peer3.get("status/peer?channel=" + HOST_A_ONLY);
        assertEquals(404, status.status(), "peer3 does not serve " + HOST_A_ONLY + ": " + status.body());
        String metrics = peer3.get("metrics").body();
        assertTrue(metrics.contains("# TYPE loopchain_foreign_messages_total counter"), metrics);
        assertFalse(metrics.contains("loopchain_foreign_messages_total{"), "nothing of another channel reached peer3: " + metrics);
        assertTrue(peer0.get("metrics").body().contains("loopchain_block_height{channel=\"" + HOST_A_ONLY + "\"}"), "peer0 serves it");

        String password = Files.readString(launcher.conf("peer3.broker-password")).strip();
        try (var factory = new ActiveMQConnectionFactory("tcp://" + BROKER_HOST + ":" + Launcher.BROKER_PORT);
                var jms = factory.createContext("peer3", password)) {
            JMSRuntimeException refused = assertThrows(JMSRuntimeException.class, () -> jms.createProducer()
                    .setProperty("kind", "tx").setProperty("channel", HOST_A_ONLY)
                    .send(jms.createTopic("loopchain." + HOST_A_ONLY + ".tx"), "[]"), "peer3 sends into " + HOST_A_ONLY);
            assertTrue(refused.getMessage().contains("does not have permission"), refused.getMessage());
            assertThrows(JMSRuntimeException.class, () -> factory.createContext("peer3", "not its password").close());
            assertThrows(JMSRuntimeException.class, () -> factory.createContext().close(), "no login");
        }
    }

    @Test
    void aMessageSignedByTheClientIsCommittedAndReadBackOnAnotherPeer() throws Exception {
        KeyWallet nobody = KeyWallet.create();
        Transaction tx = TransactionBuilder.newBuilder().nid(NID).from(nobody.getAddress()).to(god.getAddress())
                .stepLimit(STEP_LIMIT).timestamp(now()).message("hello, loopchain").build();
        Bytes hash = peers.get(0).sendTransaction(new SignedTransaction(tx, nobody)).execute();
        TransactionResult result = awaitResult(peers.get(1), hash);
        assertEquals(BigInteger.ONE, result.getStatus(), "a wallet with no coin sends a message: steps are free");
        ConfirmedTransaction read = awaitCommitted(peers.get(2), hash);
        assertEquals(nobody.getAddress(), read.getFrom());
        assertEquals("message", read.getDataType());
    }

    private ConfirmedTransaction awaitCommitted(IconService peer, Bytes hash) throws Exception {
        awaitResult(peer, hash);
        return peer.getTransaction(hash).execute();
    }

    @Test
    void aCoinTransferFromTheGenesisAccountShowsOnEveryPeerAndInTheBlocks() throws Exception {
        KeyWallet alice = KeyWallet.create();
        BigInteger before = peers.get(0).getBalance(god.getAddress()).execute();
        BigInteger amount = ICX.multiply(BigInteger.valueOf(5));
        Transaction tx = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(alice.getAddress())
                .value(amount).stepLimit(STEP_LIMIT).timestamp(now()).build();
        Bytes hash = peers.get(0).sendTransaction(new SignedTransaction(tx, god)).execute();
        TransactionResult result = awaitResult(peers.get(0), hash);
        assertEquals(BigInteger.ONE, result.getStatus());
        for (int i : new int[] {1, 3}) {
            awaitResult(peers.get(i), hash);
            assertEquals(amount, peers.get(i).getBalance(alice.getAddress()).execute(), "peer " + i);
            assertEquals(before.subtract(amount), peers.get(i).getBalance(god.getAddress()).execute(), "peer " + i);
        }
        assertEquals(GENESIS, peers.get(2).getTotalSupply().execute());

        Block byHeight = peers.get(3).getBlock(result.getBlockHeight()).execute();
        assertEquals(result.getBlockHash(), byHeight.getBlockHash());
        assertTrue(byHeight.getTransactions().stream().anyMatch(t -> t.getTxHash().equals(hash)));
        Block byHash = peers.get(1).getBlock(result.getBlockHash()).execute();
        assertEquals(byHeight.getHeight(), byHash.getHeight());
        Block last = peers.get(2).getLastBlock().execute();
        assertTrue(last.getHeight().compareTo(byHeight.getHeight()) >= 0);

        Transaction tooMuch = TransactionBuilder.newBuilder().nid(NID).from(alice.getAddress()).to(god.getAddress())
                .value(amount.add(BigInteger.ONE)).stepLimit(STEP_LIMIT).timestamp(now()).build();
        Bytes failedHash = peers.get(1).sendTransaction(new SignedTransaction(tooMuch, alice)).execute();
        TransactionResult failed = awaitResult(peers.get(1), failedHash);
        assertEquals(BigInteger.ZERO, failed.getStatus(), "more than the balance: a failed result, not a lost tx");
        assertEquals(BigInteger.valueOf(0xb), failed.getFailure().getCode());
        assertEquals(amount, peers.get(2).getBalance(alice.getAddress()).execute());
    }

    @Test
    void anIconSdkClientCallsTheChannelsScoreAsItsCallerAndReadsItsEventLogs() throws Exception {
        Path token = launcher.root().resolve("score-samples").resolve("token").resolve("target").resolve("token.war");
        launcher.run("score", "deploy", token.toString(), "--channel", CHANNEL, "--params", TOKEN_PARAMS,
                "--owner", god.getAddress().toString());
        Address score = awaitScoreReady();
        List<ScoreApi> api = peers.get(1).getScoreApi(score).execute();
        assertTrue(api.stream().anyMatch(a -> "transfer".equals(a.getName()) && "function".equals(a.getType())), api.toString());
        assertTrue(api.stream().anyMatch(a -> "Transfer".equals(a.getName()) && "eventlog".equals(a.getType())), api.toString());

        KeyWallet alice = KeyWallet.create();
        Bytes hash = peers.get(0).sendTransaction(new SignedTransaction(transfer(score, god, alice.getAddress(), 40), god)).execute();
        TransactionResult result = awaitResult(peers.get(3), hash);
        assertEquals(BigInteger.ONE, result.getStatus(), "the first call installs the token, the owner holds its supply: "
                + result.getFailure());
        assertEquals(1, result.getEventLogs().size());
        TransactionResult.EventLog log = result.getEventLogs().get(0);
        assertEquals(score.toString(), log.getScoreAddress());
        assertEquals(List.of("Transfer(Address,Address,int,bytes)", god.getAddress().toString(), alice.getAddress().toString(), "0x28"),
                log.getIndexed().stream().map(RpcItem::asString).toList(), "the signer is the SCORE's caller");
        assertEquals(LogsBloom.of(List.of(Map.of("scoreAddress", score.toString(), "indexed", log.getIndexed().stream()
                .map(RpcItem::asString).toList()))).toHex(), result.getLogsBloom(), "ICON's bloom of the Transfer log");
        assertFalse(result.getLogsBloom().matches("0x0*"));
        for (IconService peer : peers) {
            awaitResult(peer, hash);
            assertEquals(BigInteger.valueOf(960), balanceOf(peer, score, god.getAddress()));
            assertEquals(BigInteger.valueOf(40), balanceOf(peer, score, alice.getAddress()));
        }

        Bytes tooMuch = peers.get(1).sendTransaction(new SignedTransaction(transfer(score, alice, god.getAddress(), 41), alice)).execute();
        TransactionResult reverted = awaitResult(peers.get(2), tooMuch);
        assertEquals(BigInteger.ZERO, reverted.getStatus());
        assertTrue(reverted.getFailure().getCode().intValue() >= 0x20, "the contract's revert: " + reverted.getFailure());
        assertEquals("0x" + "0".repeat(512), reverted.getLogsBloom(), "a failed call keeps no log");
        assertEquals(BigInteger.valueOf(40), balanceOf(peers.get(0), score, alice.getAddress()), "a failed call changes nothing");

        BigInteger godsCoin = peers.get(0).getBalance(god.getAddress()).execute();
        Transaction withValue = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(score).value(BigInteger.TEN)
                .stepLimit(STEP_LIMIT.multiply(BigInteger.TEN)).timestamp(now()).call("transfer")
                .params(new RpcObject.Builder().put("_to", new RpcValue(alice.getAddress())).put("_value", new RpcValue(BigInteger.ONE))
                        .build()).build();
        TransactionResult notPayable = awaitResult(peers.get(3), peers.get(2).sendTransaction(new SignedTransaction(withValue, god)).execute());
        assertEquals(BigInteger.valueOf(4), notPayable.getFailure().getCode(), "value sent to a method that is not payable");
        assertEquals(godsCoin, peers.get(1).getBalance(god.getAddress()).execute(), "the value stays with the signer");
        assertEquals(BigInteger.ZERO, peers.get(1).getBalance(score).execute());

        Address elsewhere = new Address("cx" + "7".repeat(40));
        RpcError e = assertThrows(RpcError.class, () -> peers.get(0).sendTransaction(new SignedTransaction(
                transfer(elsewhere, god, alice.getAddress(), 1), god)).execute());
        assertEquals(-32602, e.getCode(), e.getMessage());
        e = assertThrows(RpcError.class, () -> peers.get(0).call(new Call.Builder().to(score).method("nope")
                .buildWith(BigInteger.class)).execute());
        assertEquals(-32100, e.getCode(), e.getMessage());
    }

    /**
     * A contract deployed as ICON's tooling deploys one: the SDK's deploy transaction with an ICON Java
     * SCORE jar (its manifest names the class as Main-Class), signed by the user, to cx000…0. Every
     * peer runs its constructor with the signer as owner; the result names the new address, where the
     * SDK then finds its API, calls it (the signer as caller) and reads its state; the channel's own
     * SCORE is another contract. Its owner then updates it (a deploy to its address); another
     * signer's update fails.
     */
    @Test
    void anIconSdkClientDeploysAJavaScoreJarCallsTheNewContractAndItsOwnerUpdatesIt() throws Exception {
        byte[] jar = iconJar(launcher.root().resolve("score-samples").resolve("token").resolve("target").resolve("classes"),
                "org.loopchain.samples.token.SampleToken");
        RpcObject params = new RpcObject.Builder().put("_name", new RpcValue("Deployed Token")).put("_symbol", new RpcValue("DPT"))
                .put("_decimals", new RpcValue(BigInteger.ZERO)).put("_initialSupply", new RpcValue(BigInteger.valueOf(500))).build();
        TransactionResult deployed = deploy(jar, params);
        Bytes hash = deployed.getTxHash();
        Address token = new Address(deployed.getScoreAddress());
        assertTrue(token.toString().startsWith("cx"), token.toString());
        for (IconService peer : peers) {
            assertEquals(token.toString(), awaitResult(peer, hash).getScoreAddress());
            assertEquals(BigInteger.valueOf(500), balanceOf(peer, token, god.getAddress()), "the deployer is the owner");
        }
        List<ScoreApi> api = peers.get(3).getScoreApi(token).execute();
        assertTrue(api.stream().anyMatch(a -> "transfer".equals(a.getName())), api.toString());
        Rest.Reply listed = new Rest(PEER_HOSTS.get(2), Launcher.restPort(2)).get("contracts?channel=" + CHANNEL);
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains(token.toString()) && listed.body().contains(god.getAddress().toString()), listed.body());

        KeyWallet carol = KeyWallet.create();
        TransactionResult sent = awaitResult(peers.get(0), peers.get(3).sendTransaction(new SignedTransaction(
                transfer(token, god, carol.getAddress(), 25), god)).execute());
        assertEquals(BigInteger.ONE, sent.getStatus(), "transfer: " + sent.getFailure());
        assertEquals(token.toString(), sent.getEventLogs().get(0).getScoreAddress());
        for (IconService peer : peers) {
            awaitResult(peer, sent.getTxHash());
            assertEquals(BigInteger.valueOf(25), balanceOf(peer, token, carol.getAddress()));
            assertEquals(BigInteger.valueOf(475), balanceOf(peer, token, god.getAddress()));
        }

        Transaction notAJar = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(new Address("cx" + "0".repeat(40)))
                .stepLimit(BigInteger.valueOf(50_000_000)).timestamp(now()).deploy("application/java", new byte[] {1, 2, 3})
                .params(params).build();
        RpcError e = assertThrows(RpcError.class, () -> peers.get(0).sendTransaction(new SignedTransaction(notAJar, god)).execute());
        assertEquals(-32602, e.getCode(), e.getMessage());
        Transaction nowhere = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(new Address("cx" + "6".repeat(40)))
                .stepLimit(BigInteger.valueOf(50_000_000)).timestamp(now()).deploy("application/java", jar).params(params).build();
        e = assertThrows(RpcError.class, () -> peers.get(0).sendTransaction(new SignedTransaction(nowhere, god)).execute());
        assertEquals(-32602, e.getCode(), "an update of no contract: " + e.getMessage());
        updatedByItsOwnerOnly(token, jar, carol);
    }

    /** The token's owner renames it by an update (its constructor runs again, its balances stay); carol's update fails (0x9). */
    private void updatedByItsOwnerOnly(Address token, byte[] jar, KeyWallet carol) throws Exception {
        awaitResult(peers.get(0), peers.get(0).sendTransaction(new SignedTransaction(TransactionBuilder.newBuilder().nid(NID)
                .from(god.getAddress()).to(carol.getAddress()).value(ICX).stepLimit(STEP_LIMIT).timestamp(now()).build(), god)).execute());
        RpcObject renamed = new RpcObject.Builder().put("_name", new RpcValue("Renamed Token")).put("_symbol", new RpcValue("RNT"))
                .put("_decimals", new RpcValue(BigInteger.ZERO)).put("_initialSupply", new RpcValue(BigInteger.valueOf(9))).build();
        Transaction byCarol = TransactionBuilder.newBuilder().nid(NID).from(carol.getAddress()).to(token)
                .stepLimit(BigInteger.valueOf(50_000_000)).timestamp(now()).deploy("application/java", jar).params(renamed).build();
        TransactionResult refused = awaitResult(peers.get(1), peers.get(2).sendTransaction(new SignedTransaction(byCarol, carol)).execute());
        assertEquals(BigInteger.ZERO, refused.getStatus());
        assertEquals(BigInteger.valueOf(9), refused.getFailure().getCode(), "only the owner updates: " + refused.getFailure());
        Transaction byGod = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(token)
                .stepLimit(BigInteger.valueOf(50_000_000)).timestamp(now()).deploy("application/java", jar).params(renamed).build();
        Bytes hash = peers.get(3).sendTransaction(new SignedTransaction(byGod, god)).execute();
        TransactionResult updated = awaitResult(peers.get(0), hash);
        assertEquals(BigInteger.ONE, updated.getStatus(), "updated: " + updated.getFailure());
        assertEquals(token.toString(), updated.getScoreAddress());
        for (IconService peer : peers) {
            awaitResult(peer, hash);
            assertEquals("Renamed Token", peer.call(new Call.Builder().to(token).method("name").buildWith(String.class)).execute());
            assertEquals(BigInteger.valueOf(25), balanceOf(peer, token, carol.getAddress()), "its storage is kept");
            assertEquals(BigInteger.valueOf(475), balanceOf(peer, token, god.getAddress()));
        }
    }

    /** The result of god's deploy of {@code jar} with {@code params}, sent to peer 1 and read on peer 2; it must succeed. */
    private TransactionResult deploy(byte[] jar, RpcObject params) throws Exception {
        Transaction deploy = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(new Address("cx" + "0".repeat(40)))
                .stepLimit(BigInteger.valueOf(50_000_000)).timestamp(now()).deploy("application/java", jar).params(params).build();
        TransactionResult deployed = awaitResult(peers.get(2), peers.get(1).sendTransaction(new SignedTransaction(deploy, god)).execute());
        assertEquals(BigInteger.ONE, deployed.getStatus(), "deployed: " + deployed.getFailure());
        return deployed;
    }

    /**
     * A contract that calls another, both deployed by the SDK: god gives the spender tokens, its
     * read-only {@code held} asks the token on every peer, and its {@code pay} moves them by calling
     * the token's {@code transfer} as their holder (the token's event names the spender as sender);
     * a payment beyond what it holds fails inside the token and changes nothing.
     */
    @Test
    void aDeployedContractCallsAnotherAsTheHolderOfItsTokens() throws Exception {
        byte[] tokenJar = iconJar(launcher.root().resolve("score-samples").resolve("token").resolve("target").resolve("classes"),
                "org.loopchain.samples.token.SampleToken");
        Address token = new Address(deploy(tokenJar, new RpcObject.Builder().put("_name", new RpcValue("Called Token"))
                .put("_symbol", new RpcValue("CLT")).put("_decimals", new RpcValue(BigInteger.ZERO))
                .put("_initialSupply", new RpcValue(BigInteger.valueOf(100))).build()).getScoreAddress());
        Address spender = new Address(deploy(iconJar(TokenSpender.class), new RpcObject.Builder().put("_token", new RpcValue(token))
                .build()).getScoreAddress());
        TransactionResult given = awaitResult(peers.get(0), peers.get(1).sendTransaction(new SignedTransaction(
                transfer(token, god, spender, 30), god)).execute());
        assertEquals(BigInteger.ONE, given.getStatus(), "given: " + given.getFailure());
        KeyWallet dave = KeyWallet.create();
        TransactionResult paid = awaitResult(peers.get(3), peers.get(2).sendTransaction(new SignedTransaction(
                pay(spender, dave.getAddress(), 12), god)).execute());
        assertEquals(BigInteger.ONE, paid.getStatus(), "paid: " + paid.getFailure());
        assertEquals(token.toString(), paid.getEventLogs().get(0).getScoreAddress(), "the token's Transfer event");
        assertEquals(spender.toString(), paid.getEventLogs().get(0).getIndexed().get(1).asString(), "sent by the spender");
        TransactionResult overdrawn = awaitResult(peers.get(0), peers.get(0).sendTransaction(new SignedTransaction(
                pay(spender, dave.getAddress(), 1000), god)).execute());
        assertEquals(BigInteger.ZERO, overdrawn.getStatus(), "more than the spender holds");
        for (IconService peer : peers) {
            awaitResult(peer, overdrawn.getTxHash());
            assertEquals(BigInteger.valueOf(12), balanceOf(peer, token, dave.getAddress()));
            assertEquals(BigInteger.valueOf(18), peer.call(new Call.Builder().to(spender).method("held").buildWith(BigInteger.class))
                    .execute(), "a read-only call through the spender");
        }
    }

    /**
     * A block's transactions take effect in block order on the real network: Bob, with no coin,
     * spends before and after a contract gives him some, the three sent at once to one peer.
     * Whichever blocks they land in, each result is the one that running them one after another in
     * chain order gives (the spend before the gift fails, the one after succeeds). When the gift and
     * the later spend share a block, as they usually do, the earlier rule (a block's coin
     * transactions before its SCORE calls) failed that spend.
     */
    @Test
    void transactionsSentAtOnceTakeEffectInTheOrderOfTheChain() throws Exception {
        Address faucet = new Address(deploy(iconJar(CoinFaucet.class), new RpcObject.Builder().build()).getScoreAddress());
        TransactionResult funded = awaitResult(peers.get(0), peers.get(0).sendTransaction(new SignedTransaction(
                TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(faucet).value(BigInteger.valueOf(100))
                        .stepLimit(STEP_LIMIT).timestamp(now()).call("fund").build(), god)).execute());
        assertEquals(BigInteger.ONE, funded.getStatus(), "funded: " + funded.getFailure());
        KeyWallet bob = KeyWallet.create();
        Transaction spendEarly = coin(bob, god.getAddress(), 3, now());
        Transaction gift = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(faucet).stepLimit(STEP_LIMIT)
                .timestamp(now()).call("give").params(new RpcObject.Builder().put("_to", new RpcValue(bob.getAddress()))
                        .put("_value", new RpcValue(BigInteger.valueOf(5))).build()).build();
        Transaction spend = coin(bob, god.getAddress(), 2, now().add(BigInteger.ONE));
        List<Bytes> hashes = List.of(peers.get(0).sendTransaction(new SignedTransaction(spendEarly, bob)).execute(),
                peers.get(0).sendTransaction(new SignedTransaction(gift, god)).execute(),
                peers.get(0).sendTransaction(new SignedTransaction(spend, bob)).execute());
        List<TransactionResult> results = new ArrayList<>();
        for (Bytes hash : hashes) {
            results.add(awaitResult(peers.get(3), hash));
        }
        List<Integer> chainOrder = new ArrayList<>(List.of(0, 1, 2));
        chainOrder.sort(Comparator.comparing((Integer i) -> results.get(i).getBlockHeight())
                .thenComparing(i -> results.get(i).getTxIndex()));
        long bobHas = 0;
        for (int i : chainOrder) {
            long spent = i == 0 ? 3 : i == 2 ? 2 : 0;
            boolean ok = i == 1 || bobHas >= spent;
            bobHas += i == 1 ? 5 : ok ? -spent : 0;
            assertEquals(ok ? BigInteger.ONE : BigInteger.ZERO, results.get(i).getStatus(), "tx " + i + " at "
                    + results.get(i).getBlockHeight() + "/" + results.get(i).getTxIndex() + ": " + results.get(i).getFailure());
        }
        System.out.printf("block order: the spend, the gift and the spend at heights %s%n",
                results.stream().map(r -> r.getBlockHeight() + "/" + r.getTxIndex()).toList());
        for (IconService peer : peers) {
            awaitResult(peer, hashes.get(2));
            assertEquals(BigInteger.valueOf(bobHas), peer.getBalance(bob.getAddress()).execute());
            assertEquals(BigInteger.valueOf(95), peer.getBalance(faucet).execute());
        }
    }

    private static Transaction coin(KeyWallet from, Address to, long value, BigInteger timestamp) {
        return TransactionBuilder.newBuilder().nid(NID).from(from.getAddress()).to(to).value(BigInteger.valueOf(value))
                .stepLimit(STEP_LIMIT).timestamp(timestamp).build();
    }

    private Transaction pay(Address spender, Address to, long value) {
        RpcObject params = new RpcObject.Builder().put("_to", new RpcValue(to)).put("_value", new RpcValue(BigInteger.valueOf(value)))
                .build();
        return TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(spender).stepLimit(STEP_LIMIT.multiply(BigInteger.TEN))
                .timestamp(now()).call("pay").params(params).build();
    }

    /** A jar of {@code main} alone, its manifest naming it as Main-Class. */
    private static byte[] iconJar(Class<?> main) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String entry = main.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(bytes, manifest); var in = main.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A jar of the classes under {@code classes} whose manifest names {@code mainClass} as Main-Class, as ICON's build makes it. */
    private static byte[] iconJar(Path classes, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Address awaitScoreReady() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String address = null;
            boolean all = true;
            for (int p = 0; p < Launcher.PEERS; p++) {
                Rest.Reply r = new Rest(PEER_HOSTS.get(p), Launcher.restPort(p)).get("status/score?channel=" + CHANNEL);
                all &= r.status() == 200 && "ready".equals(r.get("state"));
                address = (String) r.get("address");
            }
            if (all) {
                return new Address(address);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the token is not ready on every peer: "
                + new Rest(PEER_HOSTS.get(0), Launcher.restPort(0)).get("status/score").body());
    }

    private static BigInteger balanceOf(IconService peer, Address score, Address owner) throws IOException {
        Call<BigInteger> call = new Call.Builder().to(score).method("balanceOf")
                .params(new RpcObject.Builder().put("_owner", new RpcValue(owner)).build()).buildWith(BigInteger.class);
        return peer.call(call).execute();
    }

    private static Transaction transfer(Address score, KeyWallet from, Address to, long value) {
        RpcObject params = new RpcObject.Builder().put("_to", new RpcValue(to)).put("_value", new RpcValue(BigInteger.valueOf(value)))
                .build();
        return TransactionBuilder.newBuilder().nid(NID).from(from.getAddress()).to(score).stepLimit(STEP_LIMIT.multiply(BigInteger.TEN))
                .timestamp(now()).call("transfer").params(params).build();
    }

    @Test
    void aForgedSenderAWrongNidAndAReplayAreRefusedAndStoreNothing() throws Exception {
        KeyWallet mallory = KeyWallet.create();
        Transaction forged = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(mallory.getAddress())
                .value(ICX).stepLimit(STEP_LIMIT).timestamp(now()).build();
        RpcError e = assertThrows(RpcError.class, () -> peers.get(2).sendTransaction(new SignedTransaction(forged, mallory)).execute());
        assertEquals(-32602, e.getCode(), e.getMessage());
        Transaction otherNet = TransactionBuilder.newBuilder().nid(BigInteger.TWO).from(god.getAddress()).to(mallory.getAddress())
                .value(ICX).stepLimit(STEP_LIMIT).timestamp(now()).build();
        e = assertThrows(RpcError.class, () -> peers.get(0).sendTransaction(new SignedTransaction(otherNet, god)).execute());
        assertEquals(-32602, e.getCode(), e.getMessage());
        assertTrue(e.getMessage().contains("nid"), e.getMessage());
        Transaction stale = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(mallory.getAddress())
                .value(ICX).stepLimit(STEP_LIMIT).timestamp(now().subtract(BigInteger.valueOf(600_000_000L))).build();
        e = assertThrows(RpcError.class, () -> peers.get(0).sendTransaction(new SignedTransaction(stale, god)).execute());
        assertTrue(e.getMessage().contains("timestamp"), e.getMessage());

        Transaction once = TransactionBuilder.newBuilder().nid(NID).from(god.getAddress()).to(mallory.getAddress())
                .value(BigInteger.ONE).stepLimit(STEP_LIMIT).timestamp(now()).build();
        SignedTransaction signed = new SignedTransaction(once, god);
        Bytes hash = peers.get(0).sendTransaction(signed).execute();
        awaitResult(peers.get(0), hash);
        e = assertThrows(RpcError.class, () -> peers.get(0).sendTransaction(signed).execute());
        assertEquals(-32000, e.getCode(), e.getMessage());
        assertEquals(BigInteger.ONE, peers.get(3).getBalance(mallory.getAddress()).execute(), "the replay moved nothing");
    }

    @Test
    void badRequestsAreJsonRpcErrorsWithoutAStackTrace() throws Exception {
        assertRefused(post(url(1), "{\"jsonrpc\": \"2.0\", \"method\": "), 400, -32700);
        assertRefused(post(url(1), "[]"), 400, -32600);
        assertRefused(post(url(1), "{\"jsonrpc\": \"2.0\", \"method\": \"icx_nothing\", \"id\": 1}"), 400, -32601);
        assertRefused(post(url(1), "{\"jsonrpc\": \"2.0\", \"method\": \"icx_getBalance\", \"id\": 1, \"params\": "
                + "{\"address\": \"hx12\"}}"), 400, -32602);
        assertRefused(post(url(1), "{\"jsonrpc\": \"2.0\", \"method\": \"icx_getBlockByHeight\", \"id\": 1, \"params\": "
                + "{\"height\": \"0x01\"}}"), 400, -32602);
        assertRefused(post(url(1) + "/no_such_channel", "{\"jsonrpc\": \"2.0\", \"method\": \"icx_getLastBlock\", \"id\": 1}"),
                404, -32600);
        assertRefused(post(url(1), "{\"x\": \"" + "a".repeat(1100 * 1024) + "\"}"), 400, -32600);
        HttpResponse<String> batch = post(url(2), "[{\"jsonrpc\": \"2.0\", \"method\": \"icx_getTotalSupply\", \"id\": 1}, "
                + "{\"jsonrpc\": \"2.0\", \"method\": \"icx_nothing\", \"id\": 2}]");
        assertEquals(200, batch.statusCode(), batch.body());
        List<?> replies = (List<?>) Json.parse(batch.body());
        assertEquals("0x" + GENESIS.toString(16), ((Map<?, ?>) replies.get(0)).get("result"));
        assertTrue(((Map<?, ?>) replies.get(1)).containsKey("error"));
    }

    private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> r, int status, int code) {
        assertEquals(status, r.statusCode(), r.body());
        Map<?, ?> error = (Map<?, ?>) ((Map<?, ?>) Json.parse(r.body())).get("error");
        assertEquals(code, ((Number) error.get("code")).intValue(), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }
}
