package org.loopchain.samples.loop;

import java.math.BigInteger;
import score.Context;
import score.VarDB;
import score.annotation.External;

/**
 * A test fixture: {@link #spin} never returns on its own, so only the engine's step limit ends it
 * (result code 10, out of steps, on every peer alike), and the SCORE stays usable afterwards.
 */
public class EndlessLoop {

    private final VarDB<BigInteger> turns = Context.newVarDB("turns", BigInteger.class);

    @External
    public void spin() {
        BigInteger n = turns.getOrDefault(BigInteger.ZERO);
        while (true) {
            n = n.add(BigInteger.ONE);
            turns.set(n);
        }
    }

    @External(readonly = true)
    public String ping() {
        return "pong";
    }
}
