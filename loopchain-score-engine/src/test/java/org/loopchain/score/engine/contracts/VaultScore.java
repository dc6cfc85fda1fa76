package org.loopchain.score.engine.contracts;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.VarDB;
import score.annotation.EventLog;
import score.annotation.External;
import score.annotation.Payable;

/** A test contract that takes coin (payable), keeps a tally of it and sends it on. */
public class VaultScore {

    private final VarDB<BigInteger> deposited = Context.newVarDB("deposited", BigInteger.class);

    @Payable
    @External
    public void deposit() {
        deposited.set(deposited.getOrDefault(BigInteger.ZERO).add(Context.getValue()));
        Deposited(Context.getCaller(), Context.getValue());
    }

    @Payable
    @External
    public void depositThenRevert() {
        deposited.set(Context.getValue());
        Context.revert(1, "no thanks");
    }

    @External
    public void plain() {
        deposited.set(BigInteger.ONE);
    }

    @External
    public void withdraw(Address to, BigInteger amount) {
        Context.transfer(to, amount);
    }

    @External
    public void pay(Address to, BigInteger amount) {
        Context.call(amount, to, "anything", "ignored");
    }

    @External
    public void withdrawThenRevert(Address to, BigInteger amount) {
        Context.transfer(to, amount);
        Context.revert(7, "changed my mind");
    }

    @External
    public String tryWithdraw(Address to, BigInteger amount) {
        try {
            Context.transfer(to, amount);
            return "sent";
        } catch (IllegalArgumentException refused) {
            return "refused";
        }
    }

    @External
    public void callContract(Address target) {
        Context.call(target, "anything");
    }

    @External(readonly = true)
    public BigInteger balanceOf(Address who) {
        return Context.getBalance(who);
    }

    @External(readonly = true)
    public BigInteger deposited() {
        return deposited.getOrDefault(BigInteger.ZERO);
    }

    @External(readonly = true)
    public void transferInQuery(Address to) {
        Context.transfer(to, BigInteger.ZERO);
    }

    @EventLog(indexed = 1)
    public void Deposited(Address from, BigInteger amount) {
    }
}
