package org.loopchain.score.host;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.VarDB;
import score.annotation.EventLog;
import score.annotation.External;
import score.annotation.Payable;

/** Keeps who called it last, logs each call, takes coin and sends it on: for the tests of v3 SCORE calls. */
public class CallerScore {

    private final VarDB<Address> lastCaller = Context.newVarDB("lastCaller", Address.class);

    @External
    public void touch(BigInteger n) {
        Context.require(n.signum() > 0, "n must be positive");
        lastCaller.set(Context.getCaller());
        Touched(Context.getCaller(), n);
    }

    /** Spends steps until it runs out of them. */
    @External
    public void spin() {
        BigInteger x = BigInteger.ONE;
        while (x.signum() > 0) {
            x = x.add(BigInteger.ONE);
            lastCaller.set(Context.getCaller());
        }
    }

    /** Takes the value sent with it. */
    @Payable
    @External
    public void pay() {
        lastCaller.set(Context.getCaller());
    }

    /** Sends {@code amount} of this SCORE's coin to {@code to}. */
    @External
    public void payOut(Address to, BigInteger amount) {
        Context.transfer(to, amount);
    }

    @External(readonly = true)
    public BigInteger balanceOf(Address who) {
        return Context.getBalance(who);
    }

    @External(readonly = true)
    public Address lastCaller() {
        return lastCaller.get();
    }

    @EventLog(indexed = 1)
    public void Touched(Address by, BigInteger n) {
    }
}
