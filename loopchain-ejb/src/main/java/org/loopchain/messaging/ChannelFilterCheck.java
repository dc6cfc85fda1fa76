package org.loopchain.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.loopchain.core.config.ConfigKeys;

/**
 * Whether the broker filter of a peer's subscriptions ({@link Topics#ON_NODE_CHANNELS}) lets through
 * every channel the peer serves. The launcher sets the filter's system properties from the same
 * config and channel file the node reads, but an environment variable or an edited file can make the
 * node serve a channel the filter leaves out: the broker then never delivers that channel's messages
 * here, and the node must say so rather than wait for blocks that cannot come.
 */
public final class ChannelFilterCheck {

    private ChannelFilterCheck() {
    }

    /**
     * @param served     the channels the node serves
     * @param properties the system properties ({@code System::getProperty})
     * @return what is wrong, when the filter is on and leaves out a served channel
     */
    public static Optional<String> problem(List<String> served, UnaryOperator<String> properties) {
        if (!"on".equals(properties.apply(Topics.CHANNEL_FILTER))) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < Topics.CHANNEL_SLOTS; i++) {
            String channel = properties.apply(Topics.CHANNEL_SLOT + i);
            if (channel != null && ConfigKeys.CHANNEL_NAME.matcher(channel).matches()) { // not the launcher's unused slots
                named.add(channel);
            }
        }
        List<String> missing = served.stream().filter(c -> !named.contains(c)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the broker filter of this node's subscriptions (-D" + Topics.CHANNEL_FILTER + "=on, channels " + named
                + ") leaves out channels it serves: " + missing + "; their messages never reach it. Restart it with ./loopchain"
                + " (which sets the filter from its config and channel file), or start it with -D" + Topics.CHANNEL_FILTER + "=off");
    }
}
