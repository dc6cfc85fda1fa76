package org.loopchain.score.engine.contracts;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.VarDB;
import score.annotation.EventLog;
import score.annotation.External;
import score.annotation.Optional;

/** A test contract: a counter with an install count, reverts, failures and an event. */
public class CounterScore extends NamedScore {

    private final VarDB<BigInteger> count = Context.newVarDB("count", BigInteger.class);
    private final VarDB<BigInteger> installs = Context.newVarDB("installs", BigInteger.class);
    private final Address installer;
    private final BigInteger start;
    private long ticks;

    public CounterScore(String name, @Optional BigInteger start) {
        super(name);
        this.installer = Context.getCaller();
        this.start = start == null ? BigInteger.ZERO : start;
        this.ticks = 7;
        installs.set(installs.getOrDefault(BigInteger.ZERO).add(BigInteger.ONE));
        count.set(this.start);
    }

    @External(readonly = true)
    public BigInteger installs() {
        return installs.get();
    }

    @External(readonly = true)
    public BigInteger count() {
        return count.getOrDefault(BigInteger.ZERO);
    }

    @External(readonly = true)
    public Address installer() {
        return installer;
    }

    @External(readonly = true)
    public long ticks() {
        return ticks;
    }

    @External
    public void increment(BigInteger by) {
        ticks++;
        count.set(count().add(by));
        Incremented(Context.getCaller(), by);
    }

    @External
    public void failAfterWrite(int code) {
        count.set(BigInteger.valueOf(999));
        Incremented(Context.getCaller(), BigInteger.ONE);
        Context.revert(code, "failing with " + code);
    }

    @External
    public void requireFalse() {
        Context.require(false, "required condition");
    }

    @External
    public void throwIllegalState() {
        throw new IllegalStateException("bad state");
    }

    @External(readonly = true)
    public BigInteger writeInReadOnly() {
        count.set(BigInteger.TEN);
        return BigInteger.ONE;
    }

    @External(readonly = true)
    public BigInteger swallowReadOnlyWrite() {
        try {
            count.set(BigInteger.TEN);
        } catch (RuntimeException ignored) {
            // a read-only write stays a failure even when caught
        }
        return BigInteger.ONE;
    }

    @EventLog(indexed = 1)
    public void Incremented(Address by, BigInteger amount) {
    }
}
