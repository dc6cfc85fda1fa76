package org.loopchain.score.host;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.VarDB;
import score.annotation.External;
import score.annotation.Optional;

/** A counter with a label and an optional start, that only its owner may add to: for the tests of deployed contracts. */
public class OwnedCounterScore {

    private final VarDB<BigInteger> count = Context.newVarDB("count", BigInteger.class);
    private final String label;

    public OwnedCounterScore(String label, @Optional BigInteger start) {
        Context.require(!label.isEmpty(), "the label is empty");
        this.label = label;
        if (start != null) {
            count.set(start);
        }
    }

    @External
    public void add(BigInteger n) {
        Context.require(Context.getCaller().equals(Context.getOwner()), "only the owner adds");
        count.set(count.getOrDefault(BigInteger.ZERO).add(n));
    }

    @External(readonly = true)
    public BigInteger count() {
        return count.getOrDefault(BigInteger.ZERO);
    }

    @External(readonly = true)
    public String label() {
        return label;
    }

    @External(readonly = true)
    public Address self() {
        return Context.getAddress();
    }
}
