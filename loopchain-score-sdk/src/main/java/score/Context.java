package score;

import java.math.BigInteger;
import org.loopchain.score.sdk.EventLogRules;
import org.loopchain.score.sdk.codec.ObjectCodecs;
import org.loopchain.score.sdk.db.Containers;
import org.loopchain.score.spi.ScoreHost;
import org.loopchain.score.spi.ScoreHosts;

/**
 * What a contract sees of the call it runs in: the transaction and block, its storage containers,
 * event logs, reverts, hashing and signatures. Every method delegates to the
 * {@link ScoreHost} the engine bound to the current thread, so it works only inside the engine.
 *
 * <p>The native coin is a channel's (v3 transactions move it): {@link #getBalance} reads it,
 * {@link #getValue} is the value a v3 transaction sent to a payable method, {@link #transfer} and
 * {@code call} to an account ({@code hx…}) send this SCORE's coin. A channel runs one SCORE, so a
 * {@code call} to a contract ({@code cx…}) fails with {@link IllegalArgumentException};
 * {@code deploy}, {@code aggregate} and {@link #setFeeSharingProportion} throw
 * {@link IllegalStateException}. Unless noted, a null argument gives {@link NullPointerException}.
 */
public final class Context {

    private Context() {
    }

    private static ScoreHost host() {
        return ScoreHosts.current();
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException("not supported on loopchain: " + what);
    }

    // ---- transaction

    public static byte[] getTransactionHash() {
        byte[] hash = host().transactionHash();
        return hash == null ? null : hash.clone();
    }

    public static int getTransactionIndex() {
        return host().transactionIndex();
    }

    /** Microseconds since the epoch. */
    public static long getTransactionTimestamp() {
        return host().transactionTimestamp();
    }

    public static BigInteger getTransactionNonce() {
        return host().transactionNonce();
    }

    /** This contract's address ({@code cx…}). */
    public static Address getAddress() {
        return host().scoreAddress();
    }

    /** Who called this contract: the transaction's signer, or the contract whose {@link #call} runs it. */
    public static Address getCaller() {
        return host().caller();
    }

    /** Who signed the transaction. */
    public static Address getOrigin() {
        return host().origin();
    }

    /** Who installed the contract. */
    public static Address getOwner() {
        return host().owner();
    }

    /** The value (loop) sent with the call: a v3 transaction's {@code value}, else zero. */
    public static BigInteger getValue() {
        return host().value();
    }

    // ---- block

    /** Microseconds since the epoch. */
    public static long getBlockTimestamp() {
        return host().blockTimestamp();
    }

    public static long getBlockHeight() {
        return host().blockHeight();
    }

    // ---- accounts and calls (the channel's coin; a channel runs one SCORE)

    /** The balance (loop) of {@code address}. */
    public static BigInteger getBalance(Address address) throws IllegalArgumentException {
        return host().balance(requireNonNull(address, "address"));
    }

    /**
     * Sends {@code value} to {@code targetAddress}; to an account ({@code hx…}) that is all it does
     * and {@code method} is not called, and null is returned. To a contract deployed by a v3
     * transaction on this channel it calls {@code method} with {@code params} in order (this contract
     * as its caller, within this call's steps; a read-only caller reaches read-only methods only)
     * and returns what it returns (integers as {@code BigInteger}, lists and maps unmodifiable).
     *
     * @throws IllegalArgumentException if this SCORE holds less than {@code value}, the value is
     *                                  negative, or no such contract is on the channel (the
     *                                  channel's SCORE and constructors reach none)
     * @throws UserRevertedException    if the called contract reverted with a code ({@link #revert(int, String)})
     * @throws RevertedException        if it failed otherwise; what it wrote is undone
     */
    public static <T> T call(Class<T> cls, BigInteger value, Address targetAddress, String method, Object... params) {
        Object returned = call(value, targetAddress, method, params);
        return returned == null ? null : cls.cast(returned);
    }

    /** Same as {@code call(null, value, targetAddress, method, params)}, without converting the result. */
    public static Object call(BigInteger value, Address targetAddress, String method, Object... params) {
        return host().call(value == null ? BigInteger.ZERO : value, requireNonNull(targetAddress, "targetAddress"),
                method, params == null ? new Object[0] : params.clone());
    }

    /** Same as {@code call(cls, 0, targetAddress, method, params)}. */
    public static <T> T call(Class<T> cls, Address targetAddress, String method, Object... params) {
        return call(cls, BigInteger.ZERO, targetAddress, method, params);
    }

    /** Same as {@code call(0, targetAddress, method, params)}. */
    public static Object call(Address targetAddress, String method, Object... params) {
        return call(BigInteger.ZERO, targetAddress, method, params);
    }

    /**
     * Sends {@code value} loop from this SCORE's account to {@code targetAddress} and logs ICON's
     * {@code ICXTransfer(Address,Address,int)}.
     *
     * @throws IllegalArgumentException if this SCORE holds less, the value is negative, or the
     *                                  target is a contract (send to a contract with {@link #call})
     */
    public static void transfer(Address targetAddress, BigInteger value) {
        host().transfer(requireNonNull(targetAddress, "targetAddress"), requireNonNull(value, "value"));
    }

    /** @throws IllegalStateException always: SCOREs are deployed as archives, not by contracts */
    public static Address deploy(byte[] content, Object... params) {
        throw unsupported("Context.deploy (deploy SCORE archives with asadmin)");
    }

    /** @throws IllegalStateException always: SCOREs are deployed as archives, not by contracts */
    public static Address deploy(Address targetAddress, byte[] content, Object... params) {
        throw unsupported("Context.deploy (deploy SCORE archives with asadmin)");
    }

    // ---- reverts

    /**
     * Fails the call with result code 32 + {@code code}; its writes and event logs are dropped.
     *
     * @throws UserRevertedException always
     */
    public static void revert(int code, String message) {
        throw new UserRevertedException(code, message);
    }

    /** Same as {@code revert(code, null)}. */
    public static void revert(int code) {
        throw new UserRevertedException(code);
    }

    /** Same as {@code revert(0, message)}. */
    public static void revert(String message) {
        throw new UserRevertedException(0, message);
    }

    /** Same as {@code revert(0)}. */
    public static void revert() {
        throw new UserRevertedException(0);
    }

    /** Does nothing if {@code condition} holds, else {@link #revert(String) revert(message)}. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            revert(message);
        }
    }

    /** Does nothing if {@code condition} holds, else {@link #revert() revert()}. */
    public static void require(boolean condition) {
        if (!condition) {
            revert();
        }
    }

    /** Prints a debugging message to the node's log. */
    public static void println(String message) {
        host().println(message);
    }

    // ---- crypto

    /**
     * The hash of {@code msg} by {@code alg} (for example sha-256, sha3-256, keccak-256).
     *
     * @throws IllegalArgumentException if the host does not support {@code alg}
     */
    public static byte[] hash(String alg, byte[] msg) {
        return host().hash(requireNonNull(alg, "alg"), requireNonNull(msg, "msg"));
    }

    /**
     * True if {@code sig} signs {@code msg} for {@code pubKey} with {@code alg}.
     *
     * @throws IllegalArgumentException if the host does not support {@code alg}
     */
    public static boolean verifySignature(String alg, byte[] msg, byte[] sig, byte[] pubKey) {
        return host().verifySignature(requireNonNull(alg, "alg"), requireNonNull(msg, "msg"),
                requireNonNull(sig, "sig"), requireNonNull(pubKey, "pubKey"));
    }

    /**
     * The public key that made the recoverable signature {@code sig} of {@code msg}.
     *
     * @throws IllegalArgumentException if the host does not support {@code alg}
     */
    public static byte[] recoverKey(String alg, byte[] msg, byte[] sig, boolean compressed) {
        return host().recoverKey(requireNonNull(alg, "alg"), requireNonNull(msg, "msg"),
                requireNonNull(sig, "sig"), compressed);
    }

    /** @throws IllegalStateException always: loopchain has no BLS aggregation */
    public static byte[] aggregate(String type, byte[] prevAgg, byte[] values) {
        throw unsupported("Context.aggregate (" + type + ")");
    }

    /** The account address of {@code pubKey}. */
    public static Address getAddressFromKey(byte[] pubKey) {
        return host().addressFromKey(requireNonNull(pubKey, "pubKey"));
    }

    // ---- fee sharing (loopchain has no fees)

    /** Always 0: loopchain charges no fees. */
    public static int getFeeSharingProportion() {
        return 0;
    }

    /** @throws IllegalStateException always: loopchain charges no fees */
    public static void setFeeSharingProportion(int proportion) {
        throw unsupported("Context.setFeeSharingProportion (no fees)");
    }

    // ---- storage containers

    /**
     * A branch database: {@code at(key)} gives a sub-database (VarDB, DictDB, ArrayDB or another
     * BranchDB, however deep) whose values are of {@code leafValueClass}.
     *
     * @throws IllegalArgumentException if {@code leafValueClass} cannot be stored
     */
    public static <K, V> BranchDB<K, V> newBranchDB(String id, Class<?> leafValueClass) {
        return Containers.newBranchDB(id, leafValueClass);
    }

    /** @throws IllegalArgumentException if {@code valueClass} cannot be stored */
    public static <K, V> DictDB<K, V> newDictDB(String id, Class<V> valueClass) {
        return Containers.newDictDB(id, valueClass);
    }

    /** @throws IllegalArgumentException if {@code valueClass} cannot be stored */
    public static <E> ArrayDB<E> newArrayDB(String id, Class<E> valueClass) {
        return Containers.newArrayDB(id, valueClass);
    }

    /** @throws IllegalArgumentException if {@code valueClass} cannot be stored */
    public static <E> VarDB<E> newVarDB(String id, Class<E> valueClass) {
        return Containers.newVarDB(id, valueClass);
    }

    // ---- event logs

    /**
     * Records an event log of this call. {@code indexed[0]} is the event signature, for example
     * {@code "Transfer(Address,Address,int)"}; at most 3 more indexed values may follow. Values are
     * null, Boolean, Byte, Short, Character, Integer, Long, BigInteger, String, byte[] or Address.
     *
     * @throws IllegalArgumentException if the log breaks these rules
     */
    public static void logEvent(Object[] indexed, Object[] data) {
        EventLogRules.check(indexed, data);
        host().logEvent(indexed.clone(), data.clone());
    }

    // ---- object codec

    /**
     * Reads objects from {@code byteArray} in {@code codec} ("RLPn").
     *
     * @throws IllegalArgumentException if the codec is not supported
     */
    public static ObjectReader newByteArrayObjectReader(String codec, byte[] byteArray) {
        return ObjectCodecs.newReader(codec, byteArray);
    }

    /**
     * Writes objects into a byte array in {@code codec} ("RLPn").
     *
     * @throws IllegalArgumentException if the codec is not supported
     */
    public static ByteArrayObjectWriter newByteArrayObjectWriter(String codec) {
        return ObjectCodecs.newWriter(codec);
    }

    private static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        return value;
    }
}
