package org.loopchain.score.host;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.RevertedException;
import score.UserRevertedException;
import score.VarDB;
import score.annotation.External;
import score.annotation.Payable;

/** A contract that calls {@link VaultScore} (its address given to its constructor), for the tests of calls between contracts. */
public class ForwarderScore {

    private final VarDB<BigInteger> forwarded = Context.newVarDB("forwarded", BigInteger.class);
    private final VarDB<String> caught = Context.newVarDB("caught", String.class);
    private final Address vault;

    public ForwarderScore(Address vault) {
        this.vault = vault;
    }

    @External
    public void forward(BigInteger n) {
        Context.call(vault, "deposit", n);
        forwarded.set(forwarded.getOrDefault(BigInteger.ZERO).add(n));
    }

    @External
    public void forwardAndCatch(BigInteger n) {
        try {
            Context.call(vault, "deposit", n);
        } catch (UserRevertedException e) {
            caught.set("user " + e.getCode());
        }
    }

    @External
    public void forwardThenRevert(BigInteger n) {
        Context.call(vault, "deposit", n);
        Context.revert("changed my mind");
    }

    @External
    public void spinCaught() {
        try {
            Context.call(vault, "spin");
        } catch (RevertedException e) {
            caught.set("spin");
        }
    }

    @External
    @Payable
    public void fundVault() {
        Context.call(Context.getValue(), vault, "fund");
    }

    @External
    public void recurse(BigInteger depth) {
        forwarded.set(depth);
        Context.call(Context.getAddress(), "recurse", depth.add(BigInteger.ONE));
    }

    @External(readonly = true)
    public BigInteger vaultTotal() {
        return Context.call(BigInteger.class, vault, "total");
    }

    @External(readonly = true)
    public BigInteger depositFromQuery() {
        Context.call(vault, "deposit", BigInteger.ONE);
        return BigInteger.ONE;
    }

    @External(readonly = true)
    public BigInteger forwarded() {
        return forwarded.getOrDefault(BigInteger.ZERO);
    }

    @External(readonly = true)
    public String caught() {
        return caught.getOrDefault("");
    }
}
