package org.loopchain.cli.chaos;

import java.util.Map;

/** The faults' hands on the network: signals to a node's server, and the launcher's restarts. */
interface NetworkControl {

    /** kill -9 of the node's server; false when it does not run. */
    boolean kill(String node);

    /** SIGSTOP to the node's server; false when it does not run. */
    boolean pause(String node);

    /** SIGCONT to a node paused before. */
    void resume(String node);

    /** Stops and starts the broker, as {@code ./loopchain broker restart}. */
    void restartBroker();

    /** Starts every node that is down, as {@code ./loopchain up}, and returns when they answer. */
    void startStopped();

    /**
     * kill -9 of the peer's server, its config file's test keys replaced by {@code testKeys} (none:
     * an honest peer again), and a start of that peer alone: nodes other faults took down stay down.
     */
    void restartWith(String node, Map<String, Object> testKeys);
}
