package org.loopchain.consensus.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.loopchain.consensus.LftStateMachine;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.validators.ValidatorHistory;

/**
 * One simulated validator: its chain survives a crash, its state machine does not (a restart builds
 * a new one from the chain, as a rebooted server would). {@link Behaviour} lets a test make it lie.
 */
final class SimNode {

    /** What the node does with a message it broadcasts; the honest default sends it to everyone. */
    @FunctionalInterface
    interface Behaviour {
        void broadcast(SimNode node, SignedMessage message);

        /** Sees every message the node receives, before its state machine does (a byzantine node learns from it). */
        default void received(SimNode node, SignedMessage message) {
        }

        /** What the node does with a message for one peer (a sync request or answer); honest nodes send it. */
        default void send(SimNode node, String peerId, SignedMessage message) {
            node.sim.network().send(node.id, peerId, message);
        }
    }

    static final Behaviour HONEST = SimNode::sendToAll;

    final String id;
    final PeerKey key;
    final MessageSigner signer;
    final SimChain chain;
    private final Simulation sim;
    private LftStateMachine machine;
    /** Rebuilt from the chain at every start, as a restarted server does. */
    private ValidatorHistory history;
    private boolean up;
    /** SIGSTOPped: what reaches the node (messages, its own timers) waits, in order, until {@link #resume}. */
    private List<Runnable> paused;
    private int incarnation;
    Behaviour behaviour = HONEST;

    SimNode(String id, PeerKey key, MessageSigner signer, Simulation sim) {
        this.id = id;
        this.key = key;
        this.signer = signer;
        this.sim = sim;
        this.chain = new SimChain(sim.channel(), id, key, sim);
    }

    void start() {
        up = true;
        int life = ++incarnation;
        Network network = new Network() {
            @Override
            public void broadcast(SignedMessage message) {
                if (up && life == incarnation) {
                    behaviour.broadcast(SimNode.this, message);
                }
            }

            @Override
            public void send(String peerId, SignedMessage message) {
                if (up && life == incarnation) {
                    behaviour.send(SimNode.this, peerId, message);
                }
            }
        };
        history = new ValidatorHistory(sim.channel(), sim.validatorSet(), sim.admins())
                .replay(chain.committedBlocks(1, chain.head().height()));
        chain.validators = history;
        machine = new LftStateMachine(sim.config(), history, chain, network,
                (key, delay) -> sim.events().after(delay, () -> whenRunning(() -> {
                    if (up && life == incarnation) {
                        machine.onTimeout(key);
                    }
                })), sim.events().clock(), signer);
        machine.start();
    }

    void crash() {
        up = false;
        paused = null;
    }

    /** As SIGSTOP: the node does nothing; what reaches it meanwhile (messages, its timers) waits in order. */
    void pause() {
        paused = new ArrayList<>();
    }

    /** As SIGCONT: the node takes what waited, in the order it arrived, then runs as before. */
    void resume() {
        List<Runnable> waiting = paused;
        paused = null;
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    /** New transactions in the pool (they wait, too, while the node is paused). */
    void workAvailable() {
        whenRunning(() -> {
            if (up) {
                machine.onWorkAvailable();
            }
        });
    }

    private void whenRunning(Runnable r) {
        if (paused != null) {
            paused.add(r);
        } else {
            r.run();
        }
    }

    boolean isUp() {
        return up;
    }

    ValidatorHistory history() {
        return history;
    }

    LftStateMachine machine() {
        return machine;
    }

    long height() {
        return chain.head().height();
    }

    void receive(SignedMessage message) {
        whenRunning(() -> {
            if (up) {
                behaviour.received(this, message);
                machine.onMessage(message);
            }
        });
    }

    void sendToAll(SignedMessage message) {
        for (SimNode other : sim.nodes()) {
            if (other != this) {
                sim.network().send(id, other.id, message);
            }
        }
    }

    @Override
    public String toString() {
        return id + "@" + height() + (up ? "" : "(down)");
    }

    static Duration noDelay() {
        return Duration.ZERO;
    }
}
