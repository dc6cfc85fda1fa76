package org.loopchain.cli.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.cli.json.Json;

/**
 * The system properties that make the broker deliver a peer only its channels' traffic (the node's
 * {@code Topics.ON_NODE_CHANNELS} selector): {@code -Dloopchain.channel-filter=on} and the channels in
 * {@code -Dloopchain.channel.0} .. {@code .7}. The channels are those the node serves (its
 * {@code NodeRuntime.channelNames}): the channel file's channels that list its peer_target
 * (NODE_HOST:PORT_PEER) or list no peers, and its default channel when the file does not define it.
 * The node checks the result against what it serves at start and logs SEVERE when a channel is left out.
 */
public final class ChannelFilter {
    /** As the node's {@code Topics.CHANNEL_SLOTS}. */
    static final int SLOTS = 8;
    static final String DEFAULT_CHANNEL = "loopchain_default";
    /** What a slot holds that names no channel (a channel name is letters, digits, '_', '.' and '-'). */
    static final String UNUSED = "/unused";

    private ChannelFilter() {
    }

    /**
     * Every node gets the switch and all {@link #SLOTS} slots, filter or not: WildFly refuses a deployment
     * whose annotations name a system property that is not set, and a slot it does not need holds
     * {@link #UNUSED}, which no channel name matches.
     *
     * @param config     the node's config file
     * @param peerTarget its NODE_HOST:PORT_PEER
     * @param peer       whether it is a peer (a Radio Station serves no channel: its filter is off)
     * @return the options: the filter on, naming the channels the node serves; or off (every channel's
     *         traffic arrives) when the channel file is not an absolute path that reads, or the node
     *         serves more channels than there are slots
     */
    public static List<String> systemProperties(Path config, String peerTarget, boolean peer) {
        List<String> served = peer ? served(config, peerTarget) : List.of();
        boolean on = !served.isEmpty() && served.size() <= SLOTS;
        List<String> out = new ArrayList<>();
        out.add("-Dloopchain.channel-filter=" + (on ? "on" : "off"));
        for (int i = 0; i < SLOTS; i++) {
            out.add("-Dloopchain.channel." + i + "=" + (on && i < served.size() ? served.get(i) : UNUSED));
        }
        return out;
    }

    /** The channels the node of CONFIG serves, default channel first; empty when the channel file is unusable here. */
    public static List<String> served(Path config, String peerTarget) {
        Map<?, ?> settings = Json.read(config) instanceof Map<?, ?> m ? m : Map.of();
        String defaultChannel = text(settings.get("LOOPCHAIN_DEFAULT_CHANNEL"), DEFAULT_CHANNEL);
        Map<?, ?> channels = channels(settings);
        if (channels == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!(channels.get(defaultChannel) instanceof Map<?, ?>) || serves(channels.get(defaultChannel), peerTarget)) {
            out.add(defaultChannel);
        }
        for (Map.Entry<?, ?> e : channels.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!out.contains(name) && serves(e.getValue(), peerTarget)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Every channel of CONFIG's channel file, and its default channel; empty when the channel file is unusable here. */
    public static List<String> defined(Path config) {
        Map<?, ?> settings = Json.read(config) instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> channels = channels(settings);
        if (channels == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(text(settings.get("LOOPCHAIN_DEFAULT_CHANNEL"), DEFAULT_CHANNEL)));
        channels.keySet().stream().map(String::valueOf).filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** The channel file's channels ({} when the config names none), or null when it cannot be read here. */
    private static Map<?, ?> channels(Map<?, ?> settings) {
        String file = text(settings.get("CHANNEL_MANAGE_DATA_PATH"), "");
        if (file.isEmpty()) {
            return Map.of();
        }
        Path path = Path.of(file); // the node reads it from its server's working directory: only an absolute path is the same file
        if (!path.isAbsolute() || !Files.isRegularFile(path) || !(Json.read(path) instanceof Map<?, ?> m)) {
            return null;
        }
        return m;
    }

    private static boolean serves(Object channel, String peerTarget) {
        Object peers = channel instanceof Map<?, ?> m ? m.get("peers") : null;
        if (!(peers instanceof List<?> list) || list.isEmpty()) {
            return true;
        }
        return list.stream().anyMatch(p -> p instanceof Map<?, ?> entry && peerTarget.equals(entry.get("peer_target")));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }
}
