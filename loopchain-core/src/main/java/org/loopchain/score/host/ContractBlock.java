package org.loopchain.score.host;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.loopchain.channel.Execution;
import org.loopchain.coin.CoinLedger;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.ResultCodes;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreCall;
import org.loopchain.score.engine.ScoreCode;
import org.loopchain.score.engine.ScoreRejectedException;
import org.loopchain.score.engine.StateReader;
import org.loopchain.score.engine.TxOutcome;

/**
 * One block's deploys and calls to deployed contracts, in block order, over the channel's
 * committed state and what the block's earlier ones wrote. A deploy that succeeds writes the
 * contract's jar, record, storage after its constructor and its place in the channel's list; a
 * call writes its storage; the coin either moves goes to the block's ledger. A failure writes
 * nothing. {@link #after} adds the results and writes to the run of the channel's SCORE.
 */
final class ContractBlock {

    private final DeployedContracts contracts;
    private final ScoreBlock block;
    private final CoinLedger ledger;
    /** This block's writes and results, over the committed state. */
    private final BlockRecord written;

    ContractBlock(DeployedContracts contracts, ScoreBlock block, StateReader committed, CoinLedger ledger) {
        this.contracts = contracts;
        this.block = block;
        this.ledger = ledger;
        this.written = new BlockRecord(committed);
    }

    /**
     * Runs {@code tx} (at {@code index} in the block) if it deploys, or calls a deployed contract
     * (not {@code pinned}); its result JSON, or empty if it does neither.
     */
    Optional<String> run(Transaction tx, int index, Optional<String> pinned) {
        if (tx.data().contains("\"deploy\"")) {
            V3Transaction v3 = V3Transactions.parse(tx);
            if ("deploy".equals(v3.dataType())) {
                deploy(tx.hash(), v3, index);
                return Optional.of(written.results.get(tx.hash()));
            }
        }
        Optional<V3ScoreCall> call = V3ScoreCall.of(tx);
        if (call.isEmpty() || call.get().budget().signum() <= 0) {
            return Optional.empty();
        }
        String to = call.get().tx().to().toString();
        if (to.equals(pinned.orElse(null)) || !deployed(to)) {
            return Optional.empty();
        }
        call(tx.hash(), to, call.get().toScoreCall(index));
        return Optional.of(written.results.get(tx.hash()));
    }

    private boolean deployed(String address) {
        return written.view.get(Hex.decode(ContractKeys.infoHex(address))) != null;
    }

    /**
     * A deploy to {@link ScoreAddresses#INSTALL_ADDRESS} creates a contract; one to a deployed
     * contract's address, signed by its owner, replaces its code, keeps its storage and runs the new
     * code's constructor (as ICON does). Anything else fails and writes nothing.
     */
    private void deploy(String txHash, V3Transaction v3, int index) {
        String to = v3.to().toString();
        boolean update = !ScoreAddresses.INSTALL_ADDRESS.equals(to);
        String address = update ? to : ScoreAddresses.deployedAddress(block.channel(), txHash);
        Optional<ContractRecord> existing = update ? DeployedContracts.record(written.view, address) : Optional.empty();
        String signer = v3.from().toString();
        if (update && existing.isEmpty()) {
            fail(txHash, ResultCodes.CONTRACT_NOT_FOUND, "Contract not found: " + address);
            return;
        }
        if (update && !existing.get().owner().equals(signer)) {
            fail(txHash, ResultCodes.ACCESS_DENIED, "only its owner " + existing.get().owner() + " may update " + address);
            return;
        }
        Map<?, ?> data = (Map<?, ?>) v3.data();
        byte[] jar = Hex.decode(((String) data.get("content")).substring(2));
        Map<String, Object> params = new LinkedHashMap<>();
        if (data.get("params") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> params.put(String.valueOf(k), v));
        }
        long budget = new V3ScoreCall(v3, "<init>", params).budget().min(BigInteger.valueOf(contracts.stepLimit())).longValueExact();
        ScoreCall constructor = new ScoreCall(txHash, index, v3.timestampMicros(), signer, "<init>", params, budget);
        String owner = existing.map(ContractRecord::owner).orElse(signer);
        ScoreCode code;
        try {
            code = contracts.prepare(block.channel(), address, jar);
        } catch (ScoreRejectedException e) {
            fail(txHash, ResultCodes.UNKNOWN_FAILURE, "invalid contract: " + e.getMessage());
            return;
        }
        BlockExecution run = contracts.executor(code, owner, params, budget, address)
                .install(block, constructor, ContractKeys.storage(written.view, address), DeployedContracts.coinOf(ledger));
        TxOutcome outcome = run.outcomes().get(0);
        if (outcome.code() == ResultCodes.SUCCESS) {
            keep(address, run);
            written.writes.put(ContractKeys.codeHex(address), jar);
            written.writes.put(ContractKeys.infoHex(address), new ContractRecord(owner, code.archive().sha256(), txHash, block.height())
                    .toBytes());
            if (!update) {
                byte[] list = written.view.get(Hex.decode(ContractKeys.LIST_HEX));
                List<Object> addresses = new ArrayList<>(list == null ? List.of() : DeployedContracts.parseList(list));
                addresses.add(address);
                written.writes.put(ContractKeys.LIST_HEX, Json.pyDumps(addresses).getBytes(StandardCharsets.UTF_8));
            }
        }
        record(txHash, outcome, outcome.code() == ResultCodes.SUCCESS ? address : null);
    }

    private void fail(String txHash, int code, String message) {
        record(txHash, new TxOutcome(txHash, code, message, null, List.of(), 0), null);
    }

    private void call(String txHash, String address, ScoreCall call) {
        ContractRecord contract = DeployedContracts.record(written.view, address).orElseThrow();
        ScoreCode code = contracts.code(block.channel(), address, written.view).orElseThrow();
        BlockExecution run = contracts.executor(code, contract.owner(), Map.of(), contracts.stepLimit(), address,
                        contracts.directory(block.channel(), written.view))
                .execute(block, List.of(call), ContractKeys.storage(written.view, address), DeployedContracts.coinOf(ledger));
        keep(address, run);
        record(txHash, run.outcomes().get(0), null);
    }

    /** Keeps what a contract's run wrote to its storage and to the contracts it called, and moved on the coin. */
    private void keep(String address, BlockExecution run) {
        keepWrites(address, run.writes());
        run.calledWrites().forEach(this::keepWrites);
        run.balances().forEach((account, balance) -> ledger.setMoved(IconAddress.parse("address", account), balance));
    }

    private void keepWrites(String address, Map<String, byte[]> storageWrites) {
        String prefix = ContractKeys.statePrefixHex(address);
        storageWrites.forEach((key, value) -> written.writes.put(prefix + key, value));
    }

    private void record(String txHash, TxOutcome outcome, String deployedAt) {
        Map<String, Object> result = ScoreBlockExecutor.resultJson(outcome);
        if (deployedAt != null) {
            result.put("scoreAddress", deployedAt);
        }
        written.result(txHash, Json.pyDumps(result));
    }

    /**
     * {@code run} (the channel SCORE's) with this block's contract results and writes; unchanged if
     * the block had none. The root is then SHA-256(run's root | results in block order | writes).
     */
    Execution after(Execution run) {
        if (written.isEmpty()) {
            return run;
        }
        Map<String, String> allResults = new LinkedHashMap<>(run.results());
        allResults.putAll(written.results);
        SortedMap<String, byte[]> allWrites = new TreeMap<>(run.writes());
        allWrites.putAll(written.writes);
        String root = Hashes.sha256Hex((run.resultRoot() + "|" + written.text()).getBytes(StandardCharsets.UTF_8));
        return new Execution(root, allResults, allWrites, "");
    }
}
