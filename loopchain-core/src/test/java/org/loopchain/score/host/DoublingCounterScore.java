package org.loopchain.score.host;

import java.math.BigInteger;
import score.Context;
import score.VarDB;
import score.annotation.External;

/** Version 2 of {@link CounterScore}: the same storage, {@code add} counts twice. */
public class DoublingCounterScore {

    private final VarDB<BigInteger> count = Context.newVarDB("count", BigInteger.class);

    @External
    public void add(BigInteger n) {
        Context.require(n.signum() > 0, "n must be positive");
        count.set(count.getOrDefault(BigInteger.ZERO).add(n.shiftLeft(1)));
    }

    @External(readonly = true)
    public BigInteger count() {
        return count.getOrDefault(BigInteger.ZERO);
    }
}
