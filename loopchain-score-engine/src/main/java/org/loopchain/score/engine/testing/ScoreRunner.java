package org.loopchain.score.engine.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.ScoreArchive;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreCall;
import org.loopchain.score.engine.ScoreCode;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreRejectedException;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.StateReader;
import org.loopchain.score.engine.TxOutcome;

/**
 * Runs a SCORE in a unit test: an in-memory committed state and coin (every balance zero until
 * {@link #setBalance}), blocks executed one after another on channel {@value #CHANNEL} (heights
 * from 1, block timestamps {@value #GENESIS_MICROS} + height seconds) with their writes and coin
 * moves committed, and queries against the committed state.
 */
public final class ScoreRunner {

    public static final String CHANNEL = "test";
    public static final long GENESIS_MICROS = 1_700_000_000_000_000L;
    public static final String OWNER = "hx" + "0".repeat(39) + "1";
    public static final ScoreSettings DEFAULT_SETTINGS = new ScoreSettings(10_000_000, OWNER, Map.of());

    private final ScoreExecutor executor;
    private final TreeMap<String, byte[]> state = new TreeMap<>();
    private final TreeMap<String, BigInteger> balances = new TreeMap<>();
    private long height;
    private int txCounter;

    private ScoreRunner(ScoreExecutor executor) {
        this.executor = executor;
    }

    public static ScoreRunner of(byte[] archive, ScoreSettings settings) throws ScoreRejectedException {
        return new ScoreRunner(new ScoreExecutor(ScoreCode.prepare(ScoreArchive.read(archive)), settings));
    }

    public static ScoreRunner of(Path archive, ScoreSettings settings) throws IOException, ScoreRejectedException {
        return of(Files.readAllBytes(archive), settings);
    }

    /** A runner with {@link #DEFAULT_SETTINGS} for an archive built from compiled classes. */
    public static ScoreRunner ofClasses(String id, Class<?> main, Class<?>... others) throws ScoreRejectedException {
        return ofClasses(DEFAULT_SETTINGS, id, main, others);
    }

    public static ScoreRunner ofClasses(ScoreSettings settings, String id, Class<?> main, Class<?>... others)
            throws ScoreRejectedException {
        return of(ClassArchives.of(id, "test", main, others), settings);
    }

    /** Executes the next block and commits its writes. */
    public BlockExecution executeBlock(List<ScoreCall> calls) {
        height++;
        BlockExecution execution = executor.execute(currentBlock(), calls, committed(), this::balance);
        execution.writes().forEach((key, value) -> {
            if (value == null) {
                state.remove(key);
            } else {
                state.put(key, value);
            }
        });
        balances.putAll(execution.balances());
        return execution;
    }

    /** Executes one call in a block of its own. */
    public TxOutcome execute(String caller, String method, Map<String, Object> params) {
        return executeBlock(List.of(call(caller, method, params))).outcomes().get(0);
    }

    /** A call with a fresh deterministic transaction hash, to pass to {@link #executeBlock}. */
    public ScoreCall call(String caller, String method, Map<String, Object> params) {
        return call(caller, method, params, BigInteger.ZERO);
    }

    /** A call that sends {@code value} loop to the SCORE with it. */
    public ScoreCall call(String caller, String method, Map<String, Object> params, BigInteger value) {
        int index = txCounter++;
        String txHash = "0x" + String.format("%064x", index);
        return new ScoreCall(txHash, index, GENESIS_MICROS + index, caller, method, params, 0, value);
    }

    public QueryOutcome query(String method, Map<String, Object> params) {
        return executor.query(method, params, committed(), currentBlock(), this::balance);
    }

    /** The committed balance of {@code address}, in loop. */
    public BigInteger balance(String address) {
        return balances.getOrDefault(address, BigInteger.ZERO);
    }

    /** Sets a committed balance, as a genesis allocation would. */
    public void setBalance(String address, BigInteger amount) {
        balances.put(address, amount);
    }

    /** The committed state: hex key → value. */
    public Map<String, byte[]> state() {
        return Collections.unmodifiableMap(state);
    }

    public long height() {
        return height;
    }

    /** The SCORE's {@code cx…} address on {@value #CHANNEL}. */
    public String scoreAddress() {
        return executor.scoreAddress(CHANNEL);
    }

    private ScoreBlock currentBlock() {
        return new ScoreBlock(CHANNEL, height, GENESIS_MICROS + height * 1_000_000L);
    }

    private StateReader committed() {
        return key -> {
            byte[] value = state.get(HexFormat.of().formatHex(key));
            return value == null ? null : value.clone();
        };
    }
}
