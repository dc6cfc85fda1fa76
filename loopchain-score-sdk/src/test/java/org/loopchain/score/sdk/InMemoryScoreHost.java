package org.loopchain.score.sdk;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.score.spi.ScoreHost;
import score.Address;

/** A {@link ScoreHost} test fixture: storage in a HashMap, event logs and charged steps recorded. */
public final class InMemoryScoreHost implements ScoreHost {

    public static final Address SCORE = Address.fromString("cx" + "11".repeat(20));
    public static final Address CALLER = Address.fromString("hx" + "22".repeat(20));
    public static final Address OWNER = Address.fromString("hx" + "33".repeat(20));

    private final Map<ByteBuffer, byte[]> storage = new HashMap<>();
    private final List<byte[]> writtenKeys = new ArrayList<>();
    private final List<Object[][]> eventLogs = new ArrayList<>();
    private final Map<Address, BigInteger> balances = new HashMap<>();
    private final List<String> coinCalls = new ArrayList<>();
    private boolean readOnly;
    private long steps;

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Every key ever passed to {@link #storagePut}, in order. */
    public List<byte[]> writtenKeys() {
        return writtenKeys;
    }

    public int storedEntries() {
        return storage.size();
    }

    /** Each recorded log as {indexed, data}. */
    public List<Object[][]> eventLogs() {
        return eventLogs;
    }

    public void setBalance(Address address, BigInteger balance) {
        balances.put(address, balance);
    }

    /** Each transfer and call as {@code "transfer target value"} or {@code "call target value method argCount"}. */
    public List<String> coinCalls() {
        return coinCalls;
    }

    public long steps() {
        return steps;
    }

    @Override
    public byte[] transactionHash() {
        return new byte[] {1, 2, 3};
    }

    @Override
    public int transactionIndex() {
        return 7;
    }

    @Override
    public long transactionTimestamp() {
        return 1_700_000_000_000_000L;
    }

    @Override
    public BigInteger transactionNonce() {
        return BigInteger.TEN;
    }

    @Override
    public Address scoreAddress() {
        return SCORE;
    }

    @Override
    public Address caller() {
        return CALLER;
    }

    @Override
    public Address origin() {
        return CALLER;
    }

    @Override
    public Address owner() {
        return OWNER;
    }

    @Override
    public BigInteger value() {
        return BigInteger.ZERO;
    }

    @Override
    public BigInteger balance(Address address) {
        return balances.getOrDefault(address, BigInteger.ZERO);
    }

    @Override
    public void transfer(Address target, BigInteger value) {
        coinCalls.add("transfer " + target + " " + value);
    }

    @Override
    public Object call(BigInteger value, Address target, String method, Object[] params) {
        coinCalls.add("call " + target + " " + value + " " + method + " " + params.length);
        return null;
    }

    @Override
    public long blockTimestamp() {
        return 1_700_000_000_500_000L;
    }

    @Override
    public long blockHeight() {
        return 42;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public byte[] storageGet(byte[] key) {
        byte[] value = storage.get(ByteBuffer.wrap(key.clone()));
        return value == null ? null : value.clone();
    }

    @Override
    public void storagePut(byte[] key, byte[] value) {
        if (readOnly) {
            throw new IllegalStateException("write in a read-only call");
        }
        writtenKeys.add(key.clone());
        if (value == null) {
            storage.remove(ByteBuffer.wrap(key.clone()));
        } else {
            storage.put(ByteBuffer.wrap(key.clone()), value.clone());
        }
    }

    @Override
    public void logEvent(Object[] indexed, Object[] data) {
        if (readOnly) {
            throw new IllegalStateException("event log in a read-only call");
        }
        eventLogs.add(new Object[][] {indexed, data});
    }

    @Override
    public byte[] hash(String algorithm, byte[] message) {
        if (!algorithm.equals("sha-256")) {
            throw new IllegalArgumentException("unsupported " + algorithm);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verifySignature(String algorithm, byte[] message, byte[] signature, byte[] publicKey) {
        return false;
    }

    @Override
    public byte[] recoverKey(String algorithm, byte[] message, byte[] signature, boolean compressed) {
        throw new IllegalArgumentException("unsupported " + algorithm);
    }

    @Override
    public Address addressFromKey(byte[] publicKey) {
        return CALLER;
    }

    @Override
    public void charge(long steps) {
        this.steps += steps;
    }

    @Override
    public void println(String message) {
    }
}
