package org.loopchain.consensus.sim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/** A client's load in simulated time: one new transaction to every pool every 100 ms, for as long as the run lasts. */
final class SteadyLoad {

    private final Simulation sim;
    private long sent;

    private SteadyLoad(Simulation sim) {
        this.sim = sim;
    }

    static void start(Simulation sim) {
        new SteadyLoad(sim).next();
    }

    private void next() {
        sim.addToAllPools(List.of(tx()));
        sim.events().after(Duration.ofMillis(100), this::next);
    }

    private Transaction tx() {
        return V1Transactions.create(Simulation.CHANNEL, new TxMeta("hx0", "loopchain/default", "0", Simulation.CHANNEL),
                Map.of("n", sent), sim.micros() + sent++, Simulation.key(0));
    }
}
