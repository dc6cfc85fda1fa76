package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.Execution;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.coin.CoinLedger;
import org.loopchain.coin.V3BlockExecutor;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.ResultCodes;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.testing.ClassArchives;

/**
 * Contracts deployed by ICON v3 {@code deploy} transactions, through the node's executors with a
 * real jar and the real engine: each deploy gets an address and storage of its own, runs its
 * constructor with the deployer as owner, is then called by its signers and queried; a rejected
 * jar fails its deploy and writes nothing; a restarted peer finds its contracts in the store; a
 * block without deploys executes as before.
 */
class DeployedContractsTest extends DeployedContractsBase {

    @Test
    void aDeployedJarGetsItsOwnAddressRunsItsConstructorAndIsCalledByItsSigners() {
        Transaction deploy = deploy(ALICE, COUNTER, Map.of("label", "first", "start", "0x5"), NOW);
        Map<?, ?> deployed = result(commit(1, deploy), deploy);
        String address = ScoreAddresses.deployedAddress(CHANNEL, deploy.hash());
        assertEquals("0x1", deployed.get("status"), deployed.toString());
        assertEquals(address, deployed.get("scoreAddress"));
        assertTrue(contracts.exists(CHANNEL, address));
        assertEquals("first", query(address, "label"), "the constructor's field is kept");
        assertEquals("0x5", query(address, "count"));
        assertEquals(address, query(address, "self"));

        Transaction add = call(ALICE, address, "add", Map.of("n", "0x2"), NOW + 1);
        Transaction notOwner = call(BOB, address, "add", Map.of("n", "0x9"), NOW + 2);
        Execution e = commit(2, add, notOwner);
        assertEquals("0x1", result(e, add).get("status"), result(e, add).toString());
        Map<?, ?> refused = (Map<?, ?>) result(e, notOwner).get("failure");
        assertEquals("only the owner adds", refused.get("message"), "the deployer is the owner, the signer the caller");
        assertEquals("0x7", query(address, "count"));
        assertTrue(contracts.api(CHANNEL, address).orElseThrow().stream().anyMatch(m -> "add".equals(m.get("name"))));
        assertEquals(ALICE.address().toString(), contracts.list(CHANNEL).get(0).get("owner"));
    }

    @Test
    void twoDeploysOfOneJarAreTwoContractsAndNeitherTouchesTheChannelsScore() {
        Transaction first = deploy(ALICE, COUNTER, Map.of("label", "one"), NOW);
        Transaction second = deploy(ALICE, COUNTER, Map.of("label", "two"), NOW + 1);
        Execution e = commit(1, first, second);
        String one = (String) result(e, first).get("scoreAddress");
        assertEquals("0x1", result(e, first).get("status"), result(e, first).toString());
        String two = (String) result(e, second).get("scoreAddress");
        assertNotEquals(one, two);
        commit(2, call(ALICE, one, "add", Map.of("n", "0x3"), NOW + 2));
        assertEquals("0x3", query(one, "count"));
        assertEquals("0x0", query(two, "count"), "storage of its own");
        assertEquals("two", query(two, "label"));
        ScoreExecutor pinned = new ScoreExecutor(binding.code(), new ScoreSettings(5_000_000, ALICE.address().toString(), Map.of()));
        assertNull(pinned.query("lastCaller", Map.of(), new CommittedState((c, k) -> Optional.ofNullable(state.get(k)), CHANNEL),
                new ScoreBlock(CHANNEL, 9, NOW)).result(), "the channel's SCORE was not called");
        Execution touched = commit(3, call(ALICE, SCORE.toString(), "touch", Map.of("n", "0x1"), NOW + 3));
        assertEquals(1, touched.results().size());
        assertEquals("0x3", query(one, "count"));
    }

    @Test
    void aRejectedJarFailsItsDeployWritesNothingAndLeavesNoContractToCall() {
        Transaction deploy = deploy(ALICE, ClassArchives.iconJar(HalvingScore.class), Map.of(), NOW);
        Execution e = commit(1, deploy);
        Map<?, ?> failure = (Map<?, ?>) result(e, deploy).get("failure");
        assertEquals("0x0", result(e, deploy).get("status"));
        assertTrue(failure.get("message").toString().contains("invalid contract"), failure.toString());
        assertNull(result(e, deploy).get("scoreAddress"));
        assertTrue(e.writes().keySet().stream().noneMatch(k -> k.startsWith(ContractKeys.infoHex("").substring(0, 20))), e.writes().toString());
        String address = ScoreAddresses.deployedAddress(CHANNEL, deploy.hash());
        assertFalse(contracts.exists(CHANNEL, address));
        Transaction call = call(ALICE, address, "half", Map.of("n", "2"), NOW + 1);
        assertEquals("0x2", ((Map<?, ?>) result(commit(2, call), call).get("failure")).get("code"), "contract not found");

        Transaction noLabel = deploy(ALICE, COUNTER, Map.of("label", ""), NOW + 2);
        Execution refused = commit(3, noLabel);
        assertEquals("0x0", result(refused, noLabel).get("status"), "the constructor reverted");
        assertFalse(contracts.exists(CHANNEL, ScoreAddresses.deployedAddress(CHANNEL, noLabel.hash())));
    }

    @Test
    void aRestartedPeerFindsItsContractsInTheStoreAndAgreesOnTheirBlocks() {
        Transaction deploy = deploy(ALICE, COUNTER, Map.of("label", "kept"), NOW);
        String address = (String) result(commit(1, deploy), deploy).get("scoreAddress");
        Transaction add = call(ALICE, address, "add", Map.of("n", "0x4"), NOW + 1);
        Execution before = executor.execute(CHANNEL, 2, NOW + 2, List.of(add));
        executor = restart();
        assertTrue(contracts.exists(CHANNEL, address), "read from the store");
        Execution after = executor.execute(CHANNEL, 2, NOW + 2, List.of(add));
        assertEquals(before.resultRoot(), after.resultRoot());
        assertEquals("0x1", result(after, add).get("status"));
        assertEquals("kept", query(address, "label"));
    }



    @Test
    void itsOwnerUpdatesAContractWhichKeepsItsAddressAndStorageAndRunsTheNewConstructor() {
        String address = deployCounter();
        String firstSha = (String) contracts.list(CHANNEL).get(0).get("sha256");
        Transaction update = deploy(ALICE, IconAddress.parse("to", address), COUNTER_V2, Map.of("label", "second"), NOW + 2);
        Map<?, ?> updated = result(commit(3, update), update);
        assertEquals("0x1", updated.get("status"), updated.toString());
        assertEquals(address, updated.get("scoreAddress"));
        assertEquals("0x7", query(address, "count"), "its storage is kept");
        assertEquals("second", query(address, "label"), "the new constructor ran");
        assertEquals("2", query(address, "version"));
        Transaction add = call(ALICE, address, "add", Map.of("n", "0x1"), NOW + 3);
        commit(4, add);
        assertEquals("0x11", query(address, "count"), "7 + 10: the new code runs the calls");
        List<Map<String, Object>> listed = contracts.list(CHANNEL);
        assertEquals(1, listed.size(), "one contract, updated");
        assertEquals(ALICE.address().toString(), listed.get(0).get("owner"));
        assertNotEquals(firstSha, listed.get(0).get("sha256"));
        assertEquals("0x" + update.hash(), listed.get(0).get("tx_hash"));
        executor = restart();
        assertEquals("2", query(address, "version"), "a restarted peer runs the code in its store");
    }

    @Test
    void anUpdateWithTheSameJarRunsTheConstructorAgain() {
        String address = deployCounter();
        Transaction update = deploy(ALICE, IconAddress.parse("to", address), COUNTER, Map.of("label", "again"), NOW + 2);
        assertEquals("0x1", result(commit(3, update), update).get("status"));
        assertEquals("again", query(address, "label"));
        assertEquals("0x7", query(address, "count"), "no start given: the count is kept");
    }

    @Test
    void anUpdateByAnotherSignerToNoContractOrWithARejectedJarFailsAndChangesNothing() {
        String address = deployCounter();
        IconAddress at = IconAddress.parse("to", address);
        Transaction byBob = deploy(BOB, at, COUNTER_V2, Map.of("label", "bob's"), NOW + 2);
        Transaction nowhere = deploy(ALICE, IconAddress.parse("to", "cx" + "6".repeat(40)), COUNTER_V2, Map.of("label", "x"), NOW + 3);
        Transaction rejected = deploy(ALICE, at, ClassArchives.iconJar(HalvingScore.class), Map.of(), NOW + 4);
        Execution e = commit(3, byBob, nowhere, rejected);
        assertEquals("0x9", ((Map<?, ?>) result(e, byBob).get("failure")).get("code"), result(e, byBob).toString());
        assertEquals("0x2", ((Map<?, ?>) result(e, nowhere).get("failure")).get("code"), result(e, nowhere).toString());
        assertEquals("0x0", result(e, rejected).get("status"), "the owner's update with a rejected jar");
        assertTrue(e.writes().keySet().stream().noneMatch(k -> k.startsWith(ContractKeys.statePrefixHex(address))
                || k.equals(ContractKeys.codeHex(address)) || k.equals(ContractKeys.infoHex(address))), e.writes().toString());
        assertEquals("first", query(address, "label"));
        assertEquals(ResultCodes.METHOD_NOT_FOUND, tryQuery(address, "version").code(), "the first code is in place");
    }

    @Test
    void anUpdateInABlockThatIsNotCommittedChangesNothingThatIsCommitted() {
        String address = deployCounter();
        Transaction update = deploy(ALICE, IconAddress.parse("to", address), COUNTER_V2, Map.of("label", "second"), NOW + 2);
        Execution proposed = executor.execute(CHANNEL, 3, NOW + 3, List.of(update));
        assertEquals("0x1", result(proposed, update).get("status"));
        assertEquals("first", query(address, "label"), "the proposal's code is not the committed one");
        assertEquals("0x7", query(address, "count"));
        assertTrue(contracts.api(CHANNEL, address).orElseThrow().stream().noneMatch(m -> "version".equals(m.get("name"))));
    }

    @Test
    void aBlockWithoutDeploysOrTheirCallsExecutesAsBefore() {
        Transaction touch = call(ALICE, SCORE.toString(), "touch", Map.of("n", "0x1"), NOW);
        ScoreBlockExecutor scores = new ScoreBlockExecutor(new FixedScoreSource(binding), 5_000_000, (c, k) -> Optional.ofNullable(state.get(k)));
        CoinGenesis coin = new CoinGenesis(BigInteger.ONE, Map.of(ALICE.address(), BigInteger.valueOf(10_000_000)), BigInteger.ZERO);
        Execution without = new V3BlockExecutor(scores, c -> coin, (c, k) -> state.get(k)).execute(CHANNEL, 1, NOW, List.of(touch));
        Execution with = executor.execute(CHANNEL, 1, NOW, List.of(touch));
        assertEquals(without.resultRoot(), with.resultRoot());
        assertEquals(without.writes().keySet(), with.writes().keySet());
        assertEquals(BigInteger.valueOf(10_000_000), new CoinLedger(coin, state::get).balance(ALICE.address()));
    }
}
