package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.loopchain.channel.Execution;
import org.loopchain.coin.BlockRun;
import org.loopchain.coin.CoinLedger;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreCall;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.StateReader;

/**
 * The channel SCORE's calls of one block run one at a time, in block order, each on the coin and
 * the SCORE state the block's earlier transactions left ({@link ScoreBlockExecutor#open}). The
 * configurations of the block take effect at the next height, so {@link #finish} applies them
 * as the batch run does. The root is SHA-256(the calls' results in block order | their writes).
 */
final class PinnedRun implements BlockRun {

    private final ScoreBlockExecutor executor;
    private final ScoreBlock block;
    private final List<Transaction> txs;
    private final CoinLedger ledger;
    private final ScorePackage pin;
    private final ScorePins pins;
    private final BlockRecord written;
    private ScoreExecutor engine;
    private String refusal = "";

    PinnedRun(ScoreBlockExecutor executor, ScoreBlock block, List<Transaction> txs, CoinLedger ledger, StateReader committed) {
        this.executor = executor;
        this.block = block;
        this.txs = txs;
        this.ledger = ledger;
        this.pins = executor.pins(block.channel());
        this.pin = pins.at(block.height(), executor.genesis(block.channel()));
        this.written = new BlockRecord(committed);
    }

    @Override
    public Optional<String> run(int index) {
        Optional<ScoreCall> call = pin.pinned() && refusal.isEmpty()
                ? executor.callAt(block.channel(), pin, txs.get(index), index) : Optional.empty();
        if (call.isEmpty() || !ready(call.get())) {
            return Optional.empty();
        }
        BlockExecution run = engine.execute(block, List.of(call.get()), written.view, ScoreBlockExecutor.coinOf(ledger));
        run.balances().forEach((address, balance) -> ledger.setMoved(IconAddress.parse("address", address), balance));
        written.writes.putAll(run.writes());
        String result = Json.pyDumps(ScoreBlockExecutor.resultJson(run.outcomes().get(0)));
        written.result(call.get().txHash(), result);
        return Optional.of(result);
    }

    /** Whether the pinned archive is here to run {@code first}, the block's first call, and those after it. */
    private boolean ready(ScoreCall first) {
        if (engine == null) {
            ScoreBinding binding = executor.bind(block.channel(), pin);
            if (!binding.ready()) {
                refusal = ScoreBlockExecutor.notReady(block.height(), pin, binding);
                return false;
            }
            engine = executor.engine(binding, pin, first.caller());
        }
        return true;
    }

    @Override
    public Execution finish() {
        if (!refusal.isEmpty()) {
            return Execution.refused(refusal);
        }
        Execution run = Execution.NONE;
        if (!written.isEmpty()) {
            String root = Hashes.sha256Hex(written.text().getBytes(StandardCharsets.UTF_8));
            run = new Execution(root, written.results, written.writes, "");
        }
        return executor.withConfigurations(block.channel(), block.height(), txs, pins, run);
    }
}
