package org.loopchain.score.host;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.loopchain.channel.BlockExecutor;
import org.loopchain.channel.ChainStore;
import org.loopchain.channel.Execution;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.EventLog;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreCall;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.StateReader;
import org.loopchain.score.engine.TxOutcome;

/**
 * Executes a block's SCORE calls with the SCORE its channel runs on this peer. A block without
 * calls executes to nothing (result root {@code ""}); a block with calls is refused while this peer
 * does not run exactly the pinned archive, so it never votes for a block it cannot check.
 *
 * <p>The caller of a call is the address of the peer that received and signed the transaction (in
 * v1 the receiving peer vouches for its clients); the install's caller is {@code score_package.owner},
 * or else the caller of the first call that installs it.
 */
public final class ScoreBlockExecutor implements BlockExecutor {

    private final Function<String, ScoreBinding> bindings;
    private final long stepLimit;
    private final ChainStore store;
    private final Map<String, CommittedState> states = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> callerByKey = new java.util.concurrent.ConcurrentHashMap<>();

    public ScoreBlockExecutor(Function<String, ScoreBinding> bindings, long stepLimit, ChainStore store) {
        this.bindings = bindings;
        this.stepLimit = stepLimit;
        this.store = store;
    }

    @Override
    public Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs) {
        List<ScoreCall> calls = calls(txs);
        if (calls.isEmpty()) {
            return Execution.NONE;
        }
        ScoreBinding binding = bindings.apply(channel);
        if (!binding.ready()) {
            return Execution.refused("the block calls SCORE " + binding.pinned().id() + " but " + binding.message());
        }
        String owner = binding.pinned().owner().isEmpty() ? calls.get(0).caller() : binding.pinned().owner();
        ScoreExecutor executor = new ScoreExecutor(binding.code(),
                new ScoreSettings(stepLimit, owner, binding.pinned().params()));
        BlockExecution run = executor.execute(new ScoreBlock(channel, height, timestampMicros), calls, state(channel));
        Map<String, String> results = new LinkedHashMap<>();
        run.outcomes().forEach(o -> results.put(o.txHash(), Json.pyDumps(resultJson(o))));
        return new Execution(run.resultRoot(), results, run.writes(), "");
    }

    @Override
    public boolean canRun(Transaction tx) {
        return ScoreCalls.of(tx.data()).isEmpty() || bindings.apply(tx.channel()).ready();
    }

    @Override
    public void committed(String channel, Execution execution) {
        state(channel).apply(execution.writes());
    }

    /** The channel's committed state (for queries, which run on the channel's queue too). */
    public StateReader view(String channel) {
        return state(channel);
    }

    private CommittedState state(String channel) {
        return states.computeIfAbsent(channel, c -> new CommittedState(store, c));
    }

    private List<ScoreCall> calls(List<Transaction> txs) {
        List<ScoreCall> calls = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            Optional<ScoreCalls.Call> call = ScoreCalls.of(tx.data());
            if (call.isPresent()) {
                calls.add(new ScoreCall(tx.hash(), i, tx.timestampMicros(), caller(tx.publicKey()),
                        call.get().method(), call.get().params()));
            }
        }
        return calls;
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
