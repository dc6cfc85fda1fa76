package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.loopchain.channel.Execution;
import org.loopchain.channel.ScoreStateReader;
import org.loopchain.coin.BlockRun;
import org.loopchain.coin.CoinBlockExecutor;
import org.loopchain.coin.CoinLedger;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.score.engine.CoinReader;
import org.loopchain.score.engine.ContractDirectory;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.ResultCodes;
import org.loopchain.score.engine.ScoreApi;
import org.loopchain.score.engine.ScoreArchive;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreCode;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreRejectedException;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.StateReader;

/**
 * The contracts users deploy with ICON v3 {@code deploy} transactions, beside the channel's SCORE
 * (which its operators pin, {@link ScoreBlockExecutor}): each at an address of its own
 * ({@link org.loopchain.score.engine.ScoreAddresses#deployedAddress}), with its own storage, its
 * deployer as owner, run by the same engine (checked, metered, sandboxed) on every peer.
 *
 * <p>A block runs the channel SCORE's calls and configurations first ({@link ScoreBlockExecutor},
 * unchanged), then its deploys and its calls to deployed contracts in block order
 * ({@link ContractBlock}). The jar travels in the deploy transaction, so every peer holds it once
 * the block is in its store; its jar, record and storage are state like the SCORE's. A block with
 * no deploy and no call to a deployed contract executes exactly as before.
 */
public final class DeployedContracts implements CoinBlockExecutor {

    private static final int MAX_CACHED_CODES = 64;

    private final ScoreBlockExecutor score;
    private final long stepLimit;
    private final ScoreStateReader store;
    /** Each channel's committed contract addresses (read from the store once, then kept by {@link #committed}). */
    private final Map<String, Set<String>> committedAddresses = new ConcurrentHashMap<>();
    /** Prepared code by channel, address and jar SHA-256 (a jar is prepared once per peer, not once per call). */
    private final Map<String, ScoreCode> codes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ScoreCode> eldest) {
            return size() > MAX_CACHED_CODES;
        }
    };

    public DeployedContracts(ScoreBlockExecutor score, long stepLimit, ScoreStateReader store) {
        this.score = score;
        this.stepLimit = stepLimit;
        this.store = store;
    }

    @Override
    public Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger) {
        Execution run = score.execute(channel, height, timestampMicros, txs, ledger);
        if (run.isRefused()) {
            return run;
        }
        ContractBlock block = new ContractBlock(this, new ScoreBlock(channel, height, timestampMicros), score.view(channel), ledger);
        Optional<String> pinned = score.pinnedAddress(channel, OptionalLong.of(height));
        for (int i = 0; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            if (tx.kind() == TxKind.ICON_V3) {
                block.run(tx, i, pinned);
            }
        }
        return block.after(run);
    }

    /**
     * The block {@code txs}, to be run one transaction at a time in block order on {@code ledger}:
     * a call to the channel's SCORE on its {@link PinnedRun}, a deploy or a call to a deployed
     * contract on the block's {@link ContractBlock}.
     */
    @Override
    public BlockRun open(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger) {
        BlockRun pinnedRun = score.open(channel, height, timestampMicros, txs, ledger);
        ContractBlock block = new ContractBlock(this, new ScoreBlock(channel, height, timestampMicros), score.view(channel), ledger);
        Optional<String> pinned = score.pinnedAddress(channel, OptionalLong.of(height));
        return new BlockRun() {
            @Override
            public Optional<String> run(int index) {
                Transaction tx = txs.get(index);
                Optional<String> result = pinnedRun.run(index);
                return result.isPresent() || tx.kind() != TxKind.ICON_V3 ? result : block.run(tx, index, pinned);
            }

            @Override
            public Execution finish() {
                Execution run = pinnedRun.finish();
                return run.isRefused() ? run : block.after(run);
            }
        };
    }

    @Override
    public boolean canRun(Transaction tx) {
        if (tx.kind() == TxKind.ICON_V3) {
            Optional<V3ScoreCall> call = V3ScoreCall.of(tx);
            if (call.isPresent() && !call.get().tx().to().toString().equals(
                    score.pinnedAddress(tx.channel(), OptionalLong.empty()).orElse(null))) {
                return true;
            }
        }
        return score.canRun(tx);
    }

    @Override
    public void committed(String channel, Execution execution) {
        score.committed(channel, execution);
        byte[] list = execution.writes().get(ContractKeys.LIST_HEX);
        if (list != null) {
            addresses(channel).addAll(parseList(list));
        }
    }

    /** Whether a contract was deployed at {@code address} on the channel (committed). */
    public boolean exists(String channel, String address) {
        return addresses(channel).contains(address);
    }

    /** The committed contracts of a channel, in deploy order, with their records. */
    public List<Map<String, Object>> list(String channel) {
        byte[] list = store.state(channel, ContractKeys.LIST_HEX).orElse(null);
        return list == null ? List.of() : parseList(list).stream()
                .map(a -> record(storeView(channel), a).map(r -> r.toJson(a)).orElse(Map.of("address", a)))
                .toList();
    }

    /** The API of the contract at {@code address} in ICON's {@code icx_getScoreApi} form; empty if there is none. */
    public Optional<List<Map<String, Object>>> api(String channel, String address) {
        if (!exists(channel, address)) {
            return Optional.empty();
        }
        return code(channel, address, storeView(channel)).map(ScoreApi::of);
    }

    /** Runs a read-only method of the contract at {@code address} on committed state (on the channel's queue). */
    public QueryOutcome query(String channel, String address, String method, Map<String, Object> params, ScoreBlock block,
            CoinReader coin) {
        StateReader state = score.view(channel);
        Optional<ContractRecord> record = exists(channel, address) ? record(state, address) : Optional.empty();
        Optional<ScoreCode> code = record.isPresent() ? code(channel, address, state) : Optional.empty();
        if (code.isEmpty()) {
            return new QueryOutcome(ResultCodes.UNKNOWN_FAILURE, "Contract not found: " + address, null);
        }
        return executor(code.get(), record.get().owner(), Map.of(), stepLimit, address, directory(channel, state))
                .query(method, params, ContractKeys.storage(state, address), block, coin);
    }

    /** The deployed contracts of {@code channel} as {@code state} holds them, for contracts that call contracts. */
    ContractDirectory directory(String channel, StateReader state) {
        return address -> record(state, address).flatMap(r -> code(channel, address, state)
                .map(code -> new ContractDirectory.Contract(code, r.owner(), ContractKeys.storage(state, address))));
    }

    long stepLimit() {
        return stepLimit;
    }

    /** The executor of a contract that calls no other (a constructor's). */
    ScoreExecutor executor(ScoreCode code, String owner, Map<String, Object> installParams, long limit, String address) {
        return executor(code, owner, installParams, limit, address, null);
    }

    ScoreExecutor executor(ScoreCode code, String owner, Map<String, Object> installParams, long limit, String address,
            ContractDirectory directory) {
        return new ScoreExecutor(code, new ScoreSettings(limit, owner, installParams), address, directory);
    }

    /** The prepared code of a jar being deployed at {@code address} (a new contract's, or an update's). */
    ScoreCode prepare(String channel, String address, byte[] jar) throws ScoreRejectedException {
        String key = cacheKey(channel, address, Hashes.sha256Hex(jar));
        synchronized (codes) {
            ScoreCode cached = codes.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ScoreCode code = ScoreCode.prepare(ScoreArchive.readDeployed(jar, address));
        synchronized (codes) {
            codes.put(key, code);
        }
        return code;
    }

    /**
     * The prepared code of the contract at {@code address} as {@code state} holds it (its record
     * names the jar in place, so a block that updated it but was not committed changes nothing
     * here); empty if none is there.
     */
    Optional<ScoreCode> code(String channel, String address, StateReader state) {
        Optional<ContractRecord> record = record(state, address);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        synchronized (codes) {
            ScoreCode cached = codes.get(cacheKey(channel, address, record.get().sha256()));
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        byte[] jar = state.get(Hex.decode(ContractKeys.codeHex(address)));
        if (jar == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(channel, address, jar));
        } catch (ScoreRejectedException e) {
            throw new IllegalStateException("the stored jar of " + address + " was accepted at its deploy and is refused now: "
                    + e.getMessage(), e);
        }
    }

    private static String cacheKey(String channel, String address, String sha256) {
        return channel + "/" + address + "/" + sha256;
    }

    static Optional<ContractRecord> record(StateReader state, String address) {
        byte[] bytes = state.get(Hex.decode(ContractKeys.infoHex(address)));
        return bytes == null ? Optional.empty() : Optional.of(ContractRecord.fromBytes(bytes));
    }

    static List<String> parseList(byte[] list) {
        return ((List<?>) Json.parse(new String(list, StandardCharsets.UTF_8))).stream().map(String::valueOf).toList();
    }

    private Set<String> addresses(String channel) {
        return committedAddresses.computeIfAbsent(channel, c -> {
            Set<String> set = ConcurrentHashMap.newKeySet();
            store.state(c, ContractKeys.LIST_HEX).ifPresent(list -> set.addAll(parseList(list)));
            return set;
        });
    }

    /** The balances of {@code ledger} as the engine reads them. */
    static CoinReader coinOf(CoinLedger ledger) {
        return ScoreBlockExecutor.coinOf(ledger);
    }

    private StateReader storeView(String channel) {
        return key -> store.state(channel, Hex.encode(key)).orElse(null);
    }
}
