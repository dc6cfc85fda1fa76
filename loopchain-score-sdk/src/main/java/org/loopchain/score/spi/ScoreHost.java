package org.loopchain.score.spi;

import java.math.BigInteger;
import score.Address;

/**
 * What a running contract sees of the node: its context, its storage and the crypto it may use.
 * The engine binds one to the executing thread ({@link ScoreHosts#bind}) for each call; the SDK's
 * {@code score.Context} and containers delegate to it.
 */
public interface ScoreHost {

    byte[] transactionHash();

    int transactionIndex();

    /** Microseconds since the epoch. */
    long transactionTimestamp();

    BigInteger transactionNonce();

    /** The SCORE's own address ({@code cx…}). */
    Address scoreAddress();

    Address caller();

    Address origin();

    Address owner();

    /** The value (loop) sent with the call: a v3 transaction's {@code value} to a payable method, else zero. */
    BigInteger value();

    /** The balance (loop) of {@code address} in the native coin, as this call sees it. */
    BigInteger balance(Address address);

    /**
     * Moves {@code value} loop from this SCORE's account to {@code target}.
     *
     * @throws IllegalArgumentException if {@code value} is negative, this SCORE holds less, or
     *                                  {@code target} cannot receive it
     */
    void transfer(Address target, BigInteger value);

    /**
     * Calls {@code method} of {@code target} with {@code value}; an account ({@code hx…}) as target
     * receives the value (and the method is not called), as ICON does. Returns what the method
     * returns (null for an account).
     *
     * @throws IllegalArgumentException as {@link #transfer}, or if {@code target} is no contract here
     */
    Object call(BigInteger value, Address target, String method, Object[] params);

    /** Microseconds since the epoch. */
    long blockTimestamp();

    long blockHeight();

    /** True in a query or another read-only call: {@link #storagePut} and {@link #logEvent} throw. */
    boolean readOnly();

    /** The stored value, or {@code null}. */
    byte[] storageGet(byte[] key);

    /** Stores {@code value} under {@code key}; {@code null} deletes. */
    void storagePut(byte[] key, byte[] value);

    /** Records an event log of the current call; values are already checked to be SDK value types. */
    void logEvent(Object[] indexed, Object[] data);

    byte[] hash(String algorithm, byte[] message);

    boolean verifySignature(String algorithm, byte[] message, byte[] signature, byte[] publicKey);

    byte[] recoverKey(String algorithm, byte[] message, byte[] signature, boolean compressed);

    Address addressFromKey(byte[] publicKey);

    /** Charges {@code steps} against the call's budget (SDK operations cost steps too). */
    void charge(long steps);

    void println(String message);
}
