package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import score.Address;

/**
 * Executes a channel's SCORE: a block's calls in order over one block overlay, and read-only
 * queries over committed state.
 *
 * <p>Per block: the archive is installed first if the install record in state names another
 * archive (a failed install fails every call of the block with 1 and keeps no write); then each
 * call runs on an instance restored from the install record, with its own call overlays (state and
 * coin) and event logs that are merged only if it succeeds. The coin is the host's
 * ({@link CoinReader}) when the block starts; what the calls moved comes back as
 * {@link BlockExecution#balances()}. Nothing a contract throws escapes.
 */
public final class ScoreExecutor {

    private final ScoreCode code;
    private final ScoreSettings settings;
    private final Address owner;
    private final Installer installer;
    private final CallRunner runner;
    /** The address of a contract deployed by a transaction; null for the channel's SCORE. */
    private final String address;
    /** The contracts its calls may call ({@code Context.call} to a {@code cx} address); null for none. */
    private final ContractDirectory contracts;

    public ScoreExecutor(ScoreCode code, ScoreSettings settings) {
        this(code, settings, null, null);
    }

    /** The executor of a contract at {@code address} ({@code cx…}), as a deploy transaction gave it one. */
    public ScoreExecutor(ScoreCode code, ScoreSettings settings, String address) {
        this(code, settings, address, null);
    }

    /**
     * The executor of a contract at {@code address} whose calls and queries may call the contracts
     * {@code contracts} finds; what they write there is in {@link BlockExecution#calledWrites()}.
     */
    public ScoreExecutor(ScoreCode code, ScoreSettings settings, String address, ContractDirectory contracts) {
        this.contracts = contracts;
        this.address = address;
        this.code = code;
        this.settings = settings;
        this.owner = Address.fromString(settings.owner());
        this.installer = new Installer(code, settings);
        this.runner = new CallRunner(code, settings.stepLimit());
    }

    public ScoreCode code() {
        return code;
    }

    public ScoreSettings settings() {
        return settings;
    }

    /** The SCORE's {@code cx…} address on {@code channel}. */
    public String scoreAddress(String channel) {
        return address != null ? address : ScoreAddresses.scoreAddress(channel, code.archive().id());
    }

    /**
     * Installs the archive as a deploy transaction does: the constructor runs with the owner as
     * caller and the settings' parameters, within the settings' step limit, over {@code state} (an
     * updated contract's storage is kept; its constructor runs again, even with the same jar). One
     * outcome (code 0, or 1 and why); a failed install writes nothing.
     */
    public BlockExecution install(ScoreBlock block, ScoreCall deploy, StateReader state, CoinReader coin) {
        Address score = Address.fromString(scoreAddress(block.channel()));
        StateOverlay overlay = new StateOverlay(state);
        CoinOverlay coinOverlay = new CoinOverlay(coin);
        try {
            installer.install(CallContext.ofInstall(block, deploy, score, owner), overlay, coinOverlay);
        } catch (CallFailure installFailure) {
            return failedInstall(List.of(deploy), installFailure.getMessage());
        }
        List<TxOutcome> outcomes = List.of(new TxOutcome(deploy.txHash(), ResultCodes.SUCCESS, "", null, List.of(), 0));
        return new BlockExecution(outcomes, overlay.writes(), coinOverlay.balances(),
                ResultRoot.of(outcomes, overlay.writes(), coinOverlay.balances()));
    }

    /** {@link #execute(ScoreBlock, List, StateReader, CoinReader)} on a channel without coin. */
    public BlockExecution execute(ScoreBlock block, List<ScoreCall> calls, StateReader state) {
        return execute(block, calls, state, CoinReader.NONE);
    }

    /** Runs {@code calls} in order over {@code state} and the balances of {@code coin}. */
    public BlockExecution execute(ScoreBlock block, List<ScoreCall> calls, StateReader state, CoinReader coin) {
        if (calls.isEmpty()) {
            return BlockExecution.empty();
        }
        Address score = Address.fromString(scoreAddress(block.channel()));
        StateOverlay blockOverlay = new StateOverlay(state);
        CoinOverlay blockCoin = new CoinOverlay(coin);
        InstallRecord installed;
        try {
            installed = installer.ensureInstalled(CallContext.ofInstall(block, calls.get(0), score, owner),
                    blockOverlay, blockCoin);
        } catch (CallFailure installFailure) {
            return failedInstall(calls, installFailure.getMessage());
        }
        CallWorld world = contracts == null ? null : CallWorld.of(contracts, score.toString(), blockOverlay);
        List<TxOutcome> outcomes = new ArrayList<>();
        for (ScoreCall call : calls) {
            outcomes.add(executeCall(block, call, score, installed, blockOverlay, blockCoin, world));
        }
        return new BlockExecution(outcomes, blockOverlay.writes(), blockCoin.balances(),
                ResultRoot.of(outcomes, blockOverlay.writes(), blockCoin.balances()),
                world == null ? new TreeMap<>() : world.writesOfOthers(score.toString()));
    }

    /** {@link #query(String, Map, StateReader, ScoreBlock, CoinReader)} on a channel without coin. */
    public QueryOutcome query(String method, Map<String, Object> params, StateReader state, ScoreBlock block) {
        return query(method, params, state, block, CoinReader.NONE);
    }

    /** Runs a read-only method over {@code state} and {@code coin}; nothing is written, and queries never install. */
    public QueryOutcome query(String method, Map<String, Object> params, StateReader state, ScoreBlock block, CoinReader coin) {
        InstallRecord installed = InstallRecord.read(state);
        if (installed == null || !installed.installs(code.archive())) {
            return new QueryOutcome(ResultCodes.UNKNOWN_FAILURE, "SCORE not installed yet", null);
        }
        Address score = Address.fromString(scoreAddress(block.channel()));
        StateOverlay overlay = new StateOverlay(state);
        CallWorld world = contracts == null ? null : CallWorld.of(contracts, score.toString(), overlay).child();
        Invocation.Result result = runner.run(CallContext.ofQuery(block, score, owner), method,
                params == null ? Map.of() : params, installed, world == null ? overlay : world.state(score.toString()),
                new CoinOverlay(coin), true, settings.stepLimit(), world);
        return new QueryOutcome(result.code(), result.message(), result.value());
    }

    private TxOutcome executeCall(ScoreBlock block, ScoreCall call, Address score, InstallRecord installed,
            StateOverlay blockOverlay, CoinOverlay blockCoin, CallWorld world) {
        CallContext context;
        try {
            context = CallContext.ofCall(block, call, score, owner, false);
        } catch (IllegalArgumentException badCaller) {
            return new TxOutcome(call.txHash(), ResultCodes.ILLEGAL_FORMAT, "invalid caller: " + badCaller.getMessage(),
                    null, List.of(), 0);
        }
        CallWorld level = world == null ? null : world.child();
        StateOverlay callOverlay = level == null ? blockOverlay.child() : level.state(score.toString());
        CoinOverlay callCoin = blockCoin.child();
        Invocation.Result result = runner.run(context, call.method(), call.params(), installed, callOverlay, callCoin,
                false, call.budget(settings.stepLimit()), level);
        if (result.succeeded()) {
            if (level == null) {
                callOverlay.mergeInto(blockOverlay);
            } else {
                level.mergeIntoParent();
            }
            callCoin.mergeInto(blockCoin);
        }
        return new TxOutcome(call.txHash(), result.code(), result.message(), result.value(), result.eventLogs(),
                result.steps());
    }

    private static BlockExecution failedInstall(List<ScoreCall> calls, String message) {
        List<TxOutcome> outcomes = new ArrayList<>();
        for (ScoreCall call : calls) {
            outcomes.add(new TxOutcome(call.txHash(), ResultCodes.UNKNOWN_FAILURE, message, null, List.of(), 0));
        }
        TreeMap<String, byte[]> noWrites = new TreeMap<>();
        TreeMap<String, BigInteger> noMoves = new TreeMap<>();
        return new BlockExecution(outcomes, noWrites, noMoves, ResultRoot.of(outcomes, noWrites, noMoves));
    }
}
