package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.loopchain.score.spi.ScoreHost;
import score.Address;

/**
 * The {@link ScoreHost} of one call: reads and writes go to the call's overlay, coin moves to the
 * call's {@link CoinOverlay}, event logs are collected (all kept by the executor only if the call
 * succeeds), and storage, coin and crypto charge steps. A write, a log or a transfer in a
 * read-only call throws and marks the call failed with 8 even if the contract catches the
 * exception.
 *
 * <p>Coin goes out as in goloop's transfer handler: to an account only (a contract takes coin
 * by a call to one of its payable methods), never more than the SCORE holds (else
 * {@link IllegalArgumentException}, which the contract may catch), and a positive amount logs
 * {@code ICXTransfer(Address,Address,int)} with the SCORE, the target and the amount indexed.
 * {@code Context.call} to a contract runs it within this call ({@link ContractCall}) when the
 * executor gave a {@link CallWorld}; without one (the channel's SCORE, a constructor) every
 * contract is "not found".
 */
final class CallHost implements ScoreHost {

    static final long STORAGE_GET_STEPS = 100;
    static final long STORAGE_PUT_STEPS = 200;
    static final long EVENT_STEPS = 100;
    static final long CRYPTO_STEPS = 1_000;
    static final long COIN_STEPS = 1_000;
    static final long CONTRACT_CALL_STEPS = 1_000;
    static final String ICX_TRANSFER = "ICXTransfer(Address,Address,int)";

    private static final System.Logger LOG = System.getLogger(CallHost.class.getName());

    private final CallContext context;
    private final StateOverlay overlay;
    private final CoinOverlay coin;
    private final LongConsumer meter;
    /** The contracts this call may call, at its level; null when it may call none. */
    private final CallWorld world;
    private final List<EventLog> eventLogs = new ArrayList<>();
    private CallFailure readOnlyViolation;

    CallHost(CallContext context, StateOverlay overlay, CoinOverlay coin, LongConsumer meter) {
        this(context, overlay, coin, meter, null);
    }

    CallHost(CallContext context, StateOverlay overlay, CoinOverlay coin, LongConsumer meter, CallWorld world) {
        this.context = context;
        this.overlay = overlay;
        this.coin = coin;
        this.meter = meter;
        this.world = world;
    }

    List<EventLog> eventLogs() {
        return eventLogs;
    }

    /** The read-only write this call attempted, or {@code null}. */
    CallFailure readOnlyViolation() {
        return readOnlyViolation;
    }

    @Override
    public byte[] transactionHash() {
        return context.txHash() == null ? null : context.txHash().clone();
    }

    @Override
    public int transactionIndex() {
        return context.txIndex();
    }

    @Override
    public long transactionTimestamp() {
        return context.txTimestampMicros();
    }

    @Override
    public BigInteger transactionNonce() {
        return BigInteger.ZERO;
    }

    @Override
    public Address scoreAddress() {
        return context.scoreAddress();
    }

    @Override
    public Address caller() {
        return context.caller();
    }

    @Override
    public Address origin() {
        return context.origin();
    }

    @Override
    public Address owner() {
        return context.owner();
    }

    @Override
    public BigInteger value() {
        return context.value();
    }

    @Override
    public BigInteger balance(Address address) {
        charge(COIN_STEPS);
        return coin.balance(address.toString());
    }

    @Override
    public void transfer(Address target, BigInteger value) {
        requireWritable("transfer coin");
        charge(COIN_STEPS);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("InvalidValue(" + value + "): a transfer is not negative");
        }
        if (target.isContract()) {
            throw new IllegalArgumentException("Contract not found: " + target + " (coin goes to a contract by a call to a payable method)");
        }
        String from = context.scoreAddress().toString();
        if (!coin.transfer(from, target.toString(), value)) {
            throw new IllegalArgumentException("Out of balance: " + from + " holds " + coin.balance(from) + " < " + value);
        }
        if (value.signum() > 0) {
            eventLogs.add(new EventLog(from, List.of(ICX_TRANSFER, from, target.toString(), JsonValues.toEventValue(value)), List.of()));
        }
    }

    @Override
    public Object call(BigInteger value, Address target, String method, Object[] params) {
        if (target.isContract()) {
            charge(CONTRACT_CALL_STEPS);
            if (value.signum() < 0) {
                throw new IllegalArgumentException("InvalidValue(" + value + "): a call sends no negative value");
            }
            if (value.signum() > 0) {
                requireWritable("send coin");
            }
            if (world == null || world.contract(target.toString()).isEmpty()) {
                throw new IllegalArgumentException("Contract not found: " + target
                        + (world == null ? " (the channel's SCORE and constructors call no contract)" : ""));
            }
            return ContractCall.run(context, world, coin, eventLogs, target, value, method, params);
        }
        transfer(target, value);
        return null;
    }

    @Override
    public long blockTimestamp() {
        return context.block().timestampMicros();
    }

    @Override
    public long blockHeight() {
        return context.block().height();
    }

    @Override
    public boolean readOnly() {
        return context.readOnly();
    }

    @Override
    public byte[] storageGet(byte[] key) {
        byte[] value = overlay.get(key);
        charge(STORAGE_GET_STEPS + key.length + (value == null ? 0 : value.length));
        return value;
    }

    @Override
    public void storagePut(byte[] key, byte[] value) {
        requireWritable("write to the state");
        charge(STORAGE_PUT_STEPS + key.length + (value == null ? 0 : value.length));
        overlay.put(key, value);
    }

    @Override
    public void logEvent(Object[] indexed, Object[] data) {
        requireWritable("log an event");
        charge(EVENT_STEPS + indexed.length + data.length);
        eventLogs.add(new EventLog(context.scoreAddress().toString(), eventValues(indexed), eventValues(data)));
    }

    @Override
    public byte[] hash(String algorithm, byte[] message) {
        charge(CRYPTO_STEPS + message.length);
        return ScoreCrypto.hash(algorithm, message);
    }

    @Override
    public boolean verifySignature(String algorithm, byte[] message, byte[] signature, byte[] publicKey) {
        charge(CRYPTO_STEPS + message.length);
        return ScoreCrypto.verifySignature(algorithm, message, signature, publicKey);
    }

    @Override
    public byte[] recoverKey(String algorithm, byte[] message, byte[] signature, boolean compressed) {
        charge(CRYPTO_STEPS + message.length);
        return ScoreCrypto.recoverKey(algorithm, message, signature, compressed);
    }

    @Override
    public Address addressFromKey(byte[] publicKey) {
        charge(CRYPTO_STEPS + publicKey.length);
        return Address.fromString(ScoreCrypto.addressOfKey(publicKey));
    }

    @Override
    public void charge(long steps) {
        meter.accept(steps);
    }

    @Override
    public void println(String message) {
        charge(EVENT_STEPS);
        LOG.log(System.Logger.Level.DEBUG, "SCORE {0}: {1}", context.scoreAddress(), message);
    }

    private void requireWritable(String what) {
        if (context.readOnly()) {
            readOnlyViolation = new CallFailure(ResultCodes.INVALID_CONTAINER_ACCESS, "a read-only call cannot " + what);
            throw readOnlyViolation;
        }
    }

    private static List<String> eventValues(Object[] values) {
        List<String> out = new ArrayList<>(values.length);
        for (Object value : values) {
            out.add(JsonValues.toEventValue(value));
        }
        return out;
    }
}
