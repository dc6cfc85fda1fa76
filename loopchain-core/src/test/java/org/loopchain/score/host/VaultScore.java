package org.loopchain.score.host;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.VarDB;
import score.annotation.External;
import score.annotation.Payable;

/** The contract other contracts call in the tests of calls between contracts: it keeps a total and who added last. */
public class VaultScore {

    private final VarDB<BigInteger> total = Context.newVarDB("total", BigInteger.class);
    private final VarDB<Address> lastCaller = Context.newVarDB("lastCaller", Address.class);
    private final VarDB<Address> lastOrigin = Context.newVarDB("lastOrigin", Address.class);

    @External
    public void deposit(BigInteger n) {
        if (n.signum() <= 0) {
            Context.revert(7, "n must be positive");
        }
        total.set(total.getOrDefault(BigInteger.ZERO).add(n));
        lastCaller.set(Context.getCaller());
        lastOrigin.set(Context.getOrigin());
    }

    @External
    @Payable
    public void fund() {
        Context.require(Context.getValue().signum() > 0, "no value");
    }

    @External
    public void spin() {
        long n = 0;
        while (n >= 0) {
            n++;
        }
    }

    @External(readonly = true)
    public BigInteger total() {
        return total.getOrDefault(BigInteger.ZERO);
    }

    @External(readonly = true)
    public Address lastCaller() {
        return lastCaller.get();
    }

    @External(readonly = true)
    public Address lastOrigin() {
        return lastOrigin.get();
    }
}
