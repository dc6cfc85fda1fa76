package org.loopchain.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.crypto.PeerKey;

/**
 * Who this node is, as the adapters need it: its configuration, data directory, peer id and key,
 * role and channels. A port: the server's composition root implements it ({@code NodeRuntime}), and
 * the persistence, messaging, Radio Station and SCORE adapters depend on this interface, not on it.
 */
public interface NodeIdentity {

    LoopchainConfig config();

    String peerId();

    PeerKey key();

    /** The certificate chain (PEM) this node presents when it joins a channel; {@code ""} when it has none. */
    String certificatePem();

    Path dataDir();

    /** Whether this node is a peer (not the Radio Station). */
    boolean isPeer();

    /** The channels a peer serves: the default channel, then those of {@code CHANNEL_MANAGE_DATA_PATH}. */
    List<String> channelNames();

    /** The channel's definition in {@code CHANNEL_MANAGE_DATA_PATH}, if the file defines it. */
    Optional<ChannelDefinition> channelDefinition(String channel);

    /** Host and {@code PORT_PEER}, as loopchain's {@code peer_target}. */
    String peerTarget();
}
