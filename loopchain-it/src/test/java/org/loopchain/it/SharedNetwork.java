package org.loopchain.it;

import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The end-to-end network that several test classes share: the Radio Station and {@link Launcher#PEERS}
 * Payara peers, with the broker and Derby, in the default work dir. Starting a network costs minutes on
 * two cores, the suite's largest cost, so the classes that leave the network whole take it as a
 * {@link Launcher} parameter of their {@code @BeforeAll}: the first of them starts it fresh, and it
 * stops when the test run ends (an {@link AutoCloseable} in the root context's store, which JUnit closes last).
 *
 * <p>Those classes run after every class with a network of its own ({@code @Order} from
 * {@link #FIRST_ORDER} on, junit-platform.properties orders classes by it), because the shared network
 * holds the default ports and work dir until the end. TIMEOUT_FOR_LEADER_COMPLAIN is
 * {@link #COMPLAINT_SECONDS} s, so that a killed leader or a chaos episode costs seconds.
 */
final class SharedNetwork implements ParameterResolver {

    /**
     * The {@code @Order} of the first class on the shared network: after {@link Order#DEFAULT}, so every
     * class without an {@code @Order} (a class with a network of its own) runs before.
     */
    static final int FIRST_ORDER = Order.DEFAULT + 1;
    static final int COMPLAINT_SECONDS = 4;

    private static final Namespace NAMESPACE = Namespace.create(SharedNetwork.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Launcher.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> new Running(), Running.class)
                .forNextClass();
    }

    /** The network while it runs; closing it is {@code ./loopchain down}. */
    private static final class Running implements AutoCloseable {
        private final Launcher launcher = new Launcher(Launcher.PEERS, "",
                Map.of("TIMEOUT_FOR_LEADER_COMPLAIN", String.valueOf(COMPLAINT_SECONDS)));
        private boolean handedOut;

        Running() {
            launcher.upFresh();
        }

        /**
         * The network for the next class: after the first, {@code ./loopchain up} again, which starts
         * whatever an earlier class left down (a failed test may not have restarted a peer it killed) and
         * waits for every peer at the same height, so that a failure stays in its own class. With
         * everything running it takes seconds.
         */
        synchronized Launcher forNextClass() {
            if (handedOut) {
                launcher.run("up");
            }
            handedOut = true;
            return launcher;
        }

        @Override
        public void close() {
            launcher.run("down");
        }
    }
}
