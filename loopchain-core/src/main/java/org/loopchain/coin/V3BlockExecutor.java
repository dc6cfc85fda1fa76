package org.loopchain.coin;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.loopchain.channel.BlockExecutor;
import org.loopchain.channel.Execution;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;

/**
 * Runs a block's v3 transactions on the coin beside the v1 ones, which go to the wrapped executor
 * (SCORE calls, configurations) unchanged. A v3 SCORE call ({@code dataType} {@code call}) or
 * contract deploy ({@code deploy}) goes to the wrapped executor too, once the coin has reserved its
 * step limit and checked that its sender holds its {@code value} as well
 * ({@link V3Outcome#reserve}); its result is the SCORE's, settled on the coin afterwards
 * ({@link V3Outcome#settle}).
 *
 * <p>Block order (from the channel's {@link CoinGenesis#blockOrderHeight}, 0 by default): a block
 * holding v3 transactions runs every transaction in its place, as ICON does; each transfer, fee
 * and SCORE call sees the balances and SCORE state the transactions before it left, and a SCORE
 * call is settled before the next transaction runs ({@link CoinBlockExecutor#open}).
 *
 * <p>Coin first (below that height, as chains begun before the rule ran): the wrapped executor
 * runs on the block's {@link CoinLedger} after the block's coin transactions (transfers, messages,
 * fee reservations), whatever their places in the block.
 *
 * <p>A block without v3 transactions whose calls move no coin executes exactly as before either
 * way, so its result root is unchanged. Any other has the root SHA-256(inner root | v3 results in
 * block order | coin writes), so peers that disagree on a balance disagree on that block. The
 * cumulative steps of the block's v3 transactions so far are part of each result. Its results and
 * writes are stored with the block as the SCORE's.
 */
public final class V3BlockExecutor implements BlockExecutor {

    private final CoinBlockExecutor inner;
    private final Function<String, CoinGenesis> genesis;
    private final BiFunction<String, String, byte[]> committed;

    /**
     * @param genesis   a channel's coin settings
     * @param committed a channel's committed value of a state key (hex), or null
     */
    public V3BlockExecutor(CoinBlockExecutor inner, Function<String, CoinGenesis> genesis, BiFunction<String, String, byte[]> committed) {
        this.inner = inner;
        this.genesis = genesis;
        this.committed = committed;
    }

    @Override
    public Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs) {
        CoinGenesis coin = genesis.apply(channel);
        CoinLedger ledger = new CoinLedger(coin, key -> committed.apply(channel, key));
        if (coin.inBlockOrder(height) && txs.stream().anyMatch(t -> t.kind() == TxKind.ICON_V3)) {
            return inBlockOrder(channel, height, timestampMicros, txs, coin, ledger);
        }
        Map<String, Map<String, Object>> outcomes = new LinkedHashMap<>();
        Map<String, V3Transaction> calls = new LinkedHashMap<>();
        for (Transaction tx : txs) {
            if (tx.kind() != TxKind.ICON_V3) {
                continue;
            }
            V3Transaction v3 = V3Transactions.parse(tx);
            Optional<Map<String, Object>> done = onCoin(ledger, coin.stepPrice(), v3);
            outcomes.put(tx.hash(), done.orElse(null));
            if (done.isEmpty()) {
                calls.put(tx.hash(), v3);
            }
        }
        List<Transaction> forInner = txs.stream().filter(t -> t.kind() != TxKind.ICON_V3 || calls.containsKey(t.hash())).toList();
        Execution run = inner.execute(channel, height, timestampMicros, forInner, ledger);
        if (run.isRefused() || outcomes.isEmpty() && ledger.writes().isEmpty()) {
            return run;
        }
        calls.forEach((hash, v3) -> outcomes.put(hash, V3Outcome.settle(ledger, coin.stepPrice(), v3, run.results().get(hash))));
        return withOutcomes(run, outcomes, ledger);
    }

    /** Each transaction in its place: a v3 call reserved, run by the wrapped executor and settled before the next one. */
    private Execution inBlockOrder(String channel, long height, long timestampMicros, List<Transaction> txs, CoinGenesis coin,
            CoinLedger ledger) {
        BlockRun run = inner.open(channel, height, timestampMicros, txs, ledger);
        Map<String, Map<String, Object>> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            if (tx.kind() != TxKind.ICON_V3) {
                run.run(i);
                continue;
            }
            V3Transaction v3 = V3Transactions.parse(tx);
            Optional<Map<String, Object>> done = onCoin(ledger, coin.stepPrice(), v3);
            outcomes.put(tx.hash(), done.isPresent() ? done.get()
                    : V3Outcome.settle(ledger, coin.stepPrice(), v3, run.run(i).orElse(null)));
        }
        Execution executed = run.finish();
        return executed.isRefused() ? executed : withOutcomes(executed, outcomes, ledger);
    }

    /**
     * The outcome of {@code v3} when the coin settles it alone: a transfer or message, or a SCORE
     * call or deploy refused at its reservation; empty when a SCORE is to run it.
     */
    private static Optional<Map<String, Object>> onCoin(CoinLedger ledger, BigInteger stepPrice, V3Transaction v3) {
        boolean runsScore = "call".equals(v3.dataType()) || "deploy".equals(v3.dataType());
        return runsScore ? V3Outcome.reserve(ledger, stepPrice, v3) : Optional.of(V3Outcome.execute(ledger, stepPrice, v3));
    }

    /** {@code run} with the v3 outcomes (each with the block's cumulative steps so far) and the coin writes, under a new root. */
    private static Execution withOutcomes(Execution run, Map<String, Map<String, Object>> outcomes, CoinLedger ledger) {
        Map<String, String> results = new LinkedHashMap<>(run.results());
        List<Object> ordered = new ArrayList<>();
        BigInteger cumulative = BigInteger.ZERO;
        for (Map.Entry<String, Map<String, Object>> e : outcomes.entrySet()) {
            Map<String, Object> outcome = e.getValue();
            cumulative = cumulative.add(IconHex.parseInt("stepUsed", outcome.get("stepUsed")));
            outcome.put("cumulativeStepUsed", IconHex.format(cumulative));
            String result = Json.pyDumps(outcome);
            results.put(e.getKey(), result);
            ordered.add(List.of(e.getKey(), result));
        }
        SortedMap<String, byte[]> writes = new TreeMap<>(run.writes());
        Map<String, Object> coinWrites = new LinkedHashMap<>();
        ledger.writes().forEach((k, v) -> {
            writes.put(k, v);
            coinWrites.put(k, Hex.encode(v));
        });
        String root = Hashes.sha256Hex((run.resultRoot() + "|" + Json.pyDumps(ordered) + "|" + Json.pyDumps(coinWrites))
                .getBytes(StandardCharsets.UTF_8));
        return new Execution(root, results, writes, "");
    }

    /** The coin settings of {@code channel}. */
    public CoinGenesis genesisOf(String channel) {
        return genesis.apply(channel);
    }

    @Override
    public boolean canRun(Transaction tx) {
        return inner.canRun(tx);
    }

    @Override
    public void committed(String channel, Execution execution) {
        inner.committed(channel, execution);
    }
}
