package org.loopchain.score.host;

import java.math.BigInteger;
import score.Context;
import score.VarDB;
import score.annotation.External;

/** A tiny contract for the node-side tests. */
public class CounterScore {

    private final VarDB<BigInteger> count = Context.newVarDB("count", BigInteger.class);

    @External
    public void add(BigInteger n) {
        Context.require(n.signum() > 0, "n must be positive");
        count.set(count.getOrDefault(BigInteger.ZERO).add(n));
    }

    @External(readonly = true)
    public BigInteger count() {
        return count.getOrDefault(BigInteger.ZERO);
    }
}
