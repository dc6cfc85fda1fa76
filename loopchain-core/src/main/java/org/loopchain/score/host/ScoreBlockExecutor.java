package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.loopchain.channel.Execution;
import org.loopchain.channel.ScoreStateReader;
import org.loopchain.coin.BlockRun;
import org.loopchain.coin.CoinBlockExecutor;
import org.loopchain.coin.CoinLedger;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.CoinReader;
import org.loopchain.score.engine.EventLog;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreCall;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.StateReader;
import org.loopchain.score.engine.TxOutcome;

/**
 * Executes a block's SCORE calls with the archive pinned at the block's height, and applies the
 * block's SCORE configurations ({@link ScoreConfig}) to the channel's pin history ({@link ScorePins}).
 *
 * <p>Height H runs the pin in effect at H: the genesis pin, or the last configuration committed
 * below H. A block without calls and without configurations executes to nothing (result root
 * {@code ""}); a block with calls is refused while this peer does not hold the pinned archive (it
 * is then asked of the other peers), so it never votes for a block it cannot check. While no SCORE
 * is pinned, calls are stored like plain transactions and not executed.
 *
 * <p>Each configuration in a block gets a result ({@code code} 0 and the pin it sets, effective at
 * H + 1, or {@code code} 1 and why it changes nothing: not an operator's valid signature, another
 * channel, a stale {@code sequence}); the new history is written with the block. A block holding a
 * configuration has the result root SHA-256(engine root | results of its configurations | pin
 * history after it), so peers that disagree on a pin disagree on that block, not later.
 *
 * <p>The caller of a v1 call is the address of the peer that received and signed the transaction
 * (in v1 the receiving peer vouches for its clients), of a v3 call its signer; the install's
 * caller is the pin's {@code owner}, or else the caller of the first call that installs it.
 *
 * <p>The calls run on the block's coin ledger: the SCORE reads its balances, takes the value of a
 * v3 call to a payable method and sends its own coin; the balances its calls moved are set on the
 * ledger (and are under the engine's root).
 */
public final class ScoreBlockExecutor implements CoinBlockExecutor {

    private static final byte[] PINS_KEY = Hex.decode(ScorePins.KEY_HEX);

    private final ScoreSource source;
    private final long stepLimit;
    private final ScoreStateReader store;
    private final Map<String, CommittedState> states = new ConcurrentHashMap<>();
    private final Map<String, String> callerByKey = new ConcurrentHashMap<>();
    /** Each channel's committed pin history, parsed (kept equal to the state by {@link #committed}). */
    private final Map<String, ScorePins> pins = new ConcurrentHashMap<>();
    /** Channel and archive (SHA-256) found ready once: a stored archive is never removed, so they stay ready. */
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    public ScoreBlockExecutor(ScoreSource source, long stepLimit, ScoreStateReader store) {
        this.source = source;
        this.stepLimit = stepLimit;
        this.store = store;
    }

    @Override
    public Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger) {
        ScorePins pins = pins(channel);
        ScorePackage pin = pins.at(height, source.genesis(channel));
        List<ScoreCall> calls = pin.pinned() ? calls(channel, pin, txs) : List.of();
        Execution run = Execution.NONE;
        if (!calls.isEmpty()) {
            ScoreBinding binding = source.bind(channel, pin);
            if (!binding.ready()) {
                return Execution.refused(notReady(height, pin, binding));
            }
            ScoreExecutor executor = engine(binding, pin, calls.get(0).caller());
            BlockExecution block = executor.execute(new ScoreBlock(channel, height, timestampMicros), calls, state(channel),
                    coinOf(ledger));
            block.balances().forEach((address, balance) -> ledger.setMoved(IconAddress.parse("address", address), balance));
            Map<String, String> results = new LinkedHashMap<>();
            block.outcomes().forEach(o -> results.put(o.txHash(), Json.pyDumps(resultJson(o))));
            run = new Execution(block.resultRoot(), results, block.writes(), "");
        }
        return withConfigurations(channel, height, txs, pins, run);
    }

    /**
     * The block {@code txs} at {@code height}, its SCORE calls to be run one at a time in block
     * order on {@code ledger} ({@link PinnedRun}).
     */
    @Override
    public BlockRun open(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger) {
        return new PinnedRun(this, new ScoreBlock(channel, height, timestampMicros), txs, ledger, state(channel));
    }

    ScoreBinding bind(String channel, ScorePackage pin) {
        return source.bind(channel, pin);
    }

    ScorePackage genesis(String channel) {
        return source.genesis(channel);
    }

    /** Why a block at {@code height} that calls {@code pin} cannot run on this peer. */
    static String notReady(long height, ScorePackage pin, ScoreBinding binding) {
        return "height " + height + " calls SCORE " + pin.id() + " " + pin.version() + " but " + binding.message();
    }

    /** The engine of {@code pin}; its install's caller is the pin's owner, or else {@code firstCaller}. */
    ScoreExecutor engine(ScoreBinding binding, ScorePackage pin, String firstCaller) {
        String owner = pin.owner().isEmpty() ? firstCaller : pin.owner();
        return new ScoreExecutor(binding.code(), new ScoreSettings(stepLimit, owner, pin.params()));
    }

    /** {@code run} plus the results of the block's configurations and the pin history they leave. */
    Execution withConfigurations(String channel, long height, List<Transaction> txs, ScorePins pins, Execution run) {
        List<Object> configResults = new ArrayList<>();
        Map<String, String> results = new LinkedHashMap<>(run.results());
        ScorePins next = pins;
        for (Transaction tx : txs) {
            Optional<Map<?, ?>> body = tx.kind() == TxKind.ICON_V3 ? Optional.empty() : ScoreConfig.of(tx.data());
            if (body.isEmpty()) {
                continue;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            try {
                ScoreConfig config = ScoreConfig.parse(body.get());
                Optional<ScoreConfig.Refusal> refusal = config.refusal(channel, source.operators(channel),
                        next.latest(source.genesis(channel)), next.changes());
                if (refusal.isPresent()) {
                    result.put("code", 1);
                    result.put("message", refusal.get().message());
                } else {
                    next = next.with(config, height, tx.hash());
                    result.put("code", 0);
                    result.put("score_config", config.type());
                    result.put("score_id", config.scoreId());
                    result.put("version", config.version());
                    result.put("sha256", config.sha256());
                    result.put("operator", config.operatorAddress());
                    result.put("sequence", config.sequence());
                    result.put("effective_height", height + 1);
                }
            } catch (IllegalArgumentException e) {
                result.put("code", 1);
                result.put("message", e.getMessage());
            }
            configResults.add(result);
            results.put(tx.hash(), Json.pyDumps(result));
        }
        if (configResults.isEmpty()) {
            return run;
        }
        SortedMap<String, byte[]> writes = new TreeMap<>(run.writes());
        byte[] history = next.toBytes();
        if (next != pins) {
            writes.put(ScorePins.KEY_HEX, history);
        }
        String root = Hashes.sha256Hex((run.resultRoot() + "|"
                + Json.pyDumps(ScoreConfig.sorted(configResults)) + "|").getBytes(StandardCharsets.UTF_8),
                history);
        return new Execution(root, results, writes, "");
    }

    @Override
    public boolean canRun(Transaction tx) {
        boolean call = tx.kind() == TxKind.ICON_V3 ? V3ScoreCall.of(tx).isPresent() : ScoreCalls.of(tx.data()).isPresent();
        if (!call) {
            return true;
        }
        ScorePackage pin = pins(tx.channel()).latest(source.genesis(tx.channel()));
        if (!pin.pinned() || ready.contains(tx.channel() + "/" + pin.sha256())) {
            return true;
        }
        if (source.bind(tx.channel(), pin).ready()) {
            ready.add(tx.channel() + "/" + pin.sha256());
            return true;
        }
        return false;
    }

    @Override
    public void committed(String channel, Execution execution) {
        state(channel).apply(execution.writes());
        if (execution.writes().containsKey(ScorePins.KEY_HEX)) {
            ScorePins history = ScorePins.fromBytes(execution.writes().get(ScorePins.KEY_HEX));
            pins.put(channel, history);
            source.pinsCommitted(channel, history);
        }
    }

    /** The channel's committed pin history (only from the channel's queue, or before it runs). */
    public ScorePins pins(String channel) {
        return pins.computeIfAbsent(channel, c -> ScorePins.fromBytes(state(c).get(PINS_KEY)));
    }

    /**
     * The {@code cx…} address of the channel's SCORE pinned at {@code height}, or of its latest pin
     * when {@code height} is empty; empty while none is pinned.
     */
    public Optional<String> pinnedAddress(String channel, OptionalLong height) {
        ScorePins history = pins(channel);
        ScorePackage pin = height.isPresent() ? history.at(height.getAsLong(), source.genesis(channel))
                : history.latest(source.genesis(channel));
        return pin.pinned() ? Optional.of(ScoreAddresses.scoreAddress(channel, pin.id())) : Optional.empty();
    }

    /** The channel's committed state (for queries, which run on the channel's queue too). */
    public StateReader view(String channel) {
        return state(channel);
    }

    private CommittedState state(String channel) {
        return states.computeIfAbsent(channel, c -> new CommittedState(store, c));
    }

    /**
     * The block's calls in block order: v1 ones, and v3 ones to the pinned SCORE's address with steps
     * left to run (a v3 call to another address is not the engine's: its transaction fails).
     */
    private List<ScoreCall> calls(String channel, ScorePackage pin, List<Transaction> txs) {
        List<ScoreCall> calls = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            callAt(channel, pin, txs.get(i), i).ifPresent(calls::add);
        }
        return calls;
    }

    /** The call {@code tx} (at {@code index} in its block) makes to the SCORE {@code pin}, if it makes one. */
    Optional<ScoreCall> callAt(String channel, ScorePackage pin, Transaction tx, int index) {
        if (tx.kind() == TxKind.ICON_V3) {
            Optional<V3ScoreCall> v3 = V3ScoreCall.of(tx);
            return v3.isPresent() && v3.get().tx().to().toString().equals(ScoreAddresses.scoreAddress(channel, pin.id()))
                    && v3.get().budget().signum() > 0 ? Optional.of(v3.get().toScoreCall(index)) : Optional.empty();
        }
        return ScoreCalls.of(tx.data()).map(call -> new ScoreCall(tx.hash(), index, tx.timestampMicros(), caller(tx.publicKey()),
                call.method(), call.params()));
    }

    /** The balances of {@code ledger} as the engine reads them. */
    public static CoinReader coinOf(CoinLedger ledger) {
        return address -> ledger.balance(IconAddress.parse("address", address));
    }

    /** The {@code hx} address of the receiving peer's key. */
    String caller(String publicKeyBase64) {
        return callerByKey.computeIfAbsent(publicKeyBase64,
                k -> ScoreAddresses.addressOfPublicKey(Base64.getDecoder().decode(k)));
    }

    /** A result as stored and served: ICON's receipt field names. */
    static Map<String, Object> resultJson(TxOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", o.code());
        if (!o.message().isEmpty()) {
            m.put("message", o.message());
        }
        if (o.result() != null) {
            m.put("result", o.result());
        }
        List<Object> logs = new ArrayList<>();
        for (EventLog e : o.eventLogs()) {
            Map<String, Object> log = new LinkedHashMap<>();
            log.put("scoreAddress", e.scoreAddress());
            log.put("indexed", new ArrayList<Object>(e.indexed()));
            log.put("data", new ArrayList<Object>(e.data()));
            logs.add(log);
        }
        m.put("eventLogs", logs);
        m.put("stepUsed", o.steps());
        return m;
    }
}
