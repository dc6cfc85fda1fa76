package org.loopchain.score.host;

import java.math.BigInteger;
import score.Context;
import score.VarDB;
import score.annotation.External;

/** Version 2 of {@link OwnedCounterScore}: the same storage, a new label from its constructor, {@code add} counts tenfold. */
public class OwnedCounterScoreV2 {

    private final VarDB<BigInteger> count = Context.newVarDB("count", BigInteger.class);
    private final String label;

    public OwnedCounterScoreV2(String label) {
        this.label = label;
    }

    @External
    public void add(BigInteger n) {
        Context.require(Context.getCaller().equals(Context.getOwner()), "only the owner adds");
        count.set(count.getOrDefault(BigInteger.ZERO).add(n.multiply(BigInteger.TEN)));
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
    public String version() {
        return "2";
    }
}
