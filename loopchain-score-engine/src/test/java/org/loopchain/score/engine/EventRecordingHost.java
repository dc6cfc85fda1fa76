package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.loopchain.score.spi.ScoreHost;
import score.Address;

/** A host that records event logs and supports nothing else. */
final class EventRecordingHost implements ScoreHost {

    record Logged(List<Object> indexed, List<Object> data) {
    }

    final List<Logged> logs = new ArrayList<>();

    @Override
    public void logEvent(Object[] indexed, Object[] data) {
        logs.add(new Logged(List.of(indexed), List.of(data)));
    }

    @Override
    public void charge(long steps) {
        StepMeter.charge(steps);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not needed by event log tests");
    }

    @Override
    public byte[] transactionHash() {
        throw unsupported();
    }

    @Override
    public int transactionIndex() {
        throw unsupported();
    }

    @Override
    public long transactionTimestamp() {
        throw unsupported();
    }

    @Override
    public BigInteger transactionNonce() {
        throw unsupported();
    }

    @Override
    public BigInteger balance(Address address) {
        throw unsupported();
    }

    @Override
    public void transfer(Address target, BigInteger value) {
        throw unsupported();
    }

    @Override
    public Object call(BigInteger value, Address target, String method, Object[] params) {
        throw unsupported();
    }

    @Override
    public Address scoreAddress() {
        throw unsupported();
    }

    @Override
    public Address caller() {
        throw unsupported();
    }

    @Override
    public Address origin() {
        throw unsupported();
    }

    @Override
    public Address owner() {
        throw unsupported();
    }

    @Override
    public BigInteger value() {
        return BigInteger.ZERO;
    }

    @Override
    public long blockTimestamp() {
        throw unsupported();
    }

    @Override
    public long blockHeight() {
        throw unsupported();
    }

    @Override
    public byte[] storageGet(byte[] key) {
        throw unsupported();
    }

    @Override
    public void storagePut(byte[] key, byte[] value) {
        throw unsupported();
    }

    @Override
    public byte[] hash(String algorithm, byte[] message) {
        throw unsupported();
    }

    @Override
    public boolean verifySignature(String algorithm, byte[] message, byte[] signature, byte[] publicKey) {
        throw unsupported();
    }

    @Override
    public byte[] recoverKey(String algorithm, byte[] message, byte[] signature, boolean compressed) {
        throw unsupported();
    }

    @Override
    public Address addressFromKey(byte[] publicKey) {
        throw unsupported();
    }

    @Override
    public void println(String message) {
    }
}
