package org.loopchain.node;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.messaging.ChannelFilterCheck;
import org.loopchain.pki.NodeCertificate;

/**
 * Who this node is: its configuration (defaults &lt; user file &lt; environment &lt; the {@code -o} file
 * named by the system property {@code loopchain.config}), its data directory, its peer id and its
 * secp256k1 key (made at first start and kept in the data directory). A bad configuration stops
 * the deployment with a message naming the key. The adapters see it as a {@link NodeIdentity}; the
 * REST resources and the channel owner use the bean itself ({@link LocalBean}).
 */
@Singleton
@Startup
@LocalBean
@Local(NodeIdentity.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NodeRuntime implements NodeIdentity {

    private static final Logger LOG = Logger.getLogger(NodeRuntime.class.getName());

    private LoopchainConfig config;
    private Path dataDir;
    private String peerId;
    private PeerKey key;
    private String certificatePem = "";
    private Map<String, ChannelDefinition> channelDefinitions = Map.of();
    /** The channels whose definition lists this peer as an audit peer (read at start, asked per submission). */
    private Set<String> audited = Set.of();
    /** The definitions as last re-read ({@link #reloadedChannelDefinition}), and the file time they are from. */
    private Map<String, ChannelDefinition> reloaded;
    private long reloadedModified = -1;

    @PostConstruct
    void start() {
        config = NodeConfigFiles.load();
        dataDir = dataDir(config);
        String manageData = config.get(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH);
        if (!manageData.isEmpty()) {
            channelDefinitions = ChannelManageData.load(Path.of(manageData));
            String own = peerTarget();
            audited = channelDefinitions.values().stream()
                    .filter(c -> c.auditors().stream().anyMatch(p -> p.peerTarget().equals(own)))
                    .map(ChannelDefinition::name).collect(Collectors.toUnmodifiableSet());
        }
        try {
            Files.createDirectories(dataDir);
            String certificatePath = config.get(ConfigKeys.Node.PEER_CERTIFICATE_PATH);
            if (certificatePath.isEmpty()) {
                key = PeerKeyFile.loadOrCreate(dataDir.resolve("peer.key"), new SecureRandom());
            } else {
                NodeCertificate certificate = NodeCertificate.load(Path.of(certificatePath));
                key = certificate.key();
                certificatePem = certificate.pem();
                LOG.info(() -> "identity " + certificate.certificate().getSubjectX500Principal().getName() + " from " + certificatePath);
            }
            peerId = PeerIdFile.loadOrCreate(dataDir.resolve("peer_id"), config.get(ConfigKeys.Node.PEER_ID));
        } catch (IOException e) {
            throw new IllegalStateException("cannot use data directory " + dataDir + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "loopchain node " + peerId + " (" + peerTarget() + "), data in " + dataDir
                + ", public key " + key.publicKeyBase64() + ", secp256k1 by " + PeerKey.implementation());

        if (isPeer()) {
            ChannelFilterCheck.problem(channelNames(), System::getProperty).ifPresent(LOG::severe);
        }
    }

    private static Path dataDir(LoopchainConfig config) {
        String configured = config.get(ConfigKeys.Node.LOOPCHAIN_DATA_PATH);
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        String fromServer = System.getProperty("loopchain.data", System.getProperty("derby.system.home"));
        return Path.of(fromServer != null ? fromServer : "loopchain-data").toAbsolutePath();
    }

    @Override
    public LoopchainConfig config() {
        return config;
    }

    @Override
    public String peerId() {
        return peerId;
    }

    @Override
    public PeerKey key() {
        return key;
    }

    @Override
    public String certificatePem() {
        return certificatePem;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    /** The score version written into v1 transaction meta until SCOREs are deployable. */
    static final String SCORE_VERSION = "0";

    @Override
    public boolean isPeer() {
        return ConfigKeys.ROLE_PEER.equals(config.get(ConfigKeys.Node.NODE_ROLE));
    }

    /**
     * The channels this peer serves: those of {@code CHANNEL_MANAGE_DATA_PATH} that list its
     * {@code peer_target} (as validator or audit peer) or list no peers, and the default channel when
     * the file does not define it. A channel that lists other peers only is not served: this peer
     * opens no chain for it, joins it nowhere and drops its broker traffic unread.
     */
    @Override
    public List<String> channelNames() {
        String defaultChannel = config.get(ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL);
        List<String> names = new ArrayList<>();
        if (serves(defaultChannel)) {
            names.add(defaultChannel);
        }
        channelDefinitions.keySet().stream().filter(n -> !names.contains(n) && serves(n)).forEach(names::add);
        return names;
    }

    private boolean serves(String channel) {
        ChannelDefinition definition = channelDefinitions.get(channel);
        return definition == null || definition.peers().isEmpty() || definition.peer(peerTarget()) != null;
    }

    /** Whether this peer is an audit peer of {@code channel}: it holds the chain and takes no transactions. */
    public boolean audits(String channel) {
        return audited.contains(channel);
    }

    @Override
    public Optional<ChannelDefinition> channelDefinition(String channel) {
        return Optional.ofNullable(channelDefinitions.get(channel));
    }

    /**
     * The channel's definition as {@code CHANNEL_MANAGE_DATA_PATH} says now: the file is read again
     * when it changed (a new {@code score_package} pin); a file that no longer parses is logged and
     * the last good definitions are kept. Peers and validators still come from the start-up read.
     */
    public synchronized Optional<ChannelDefinition> reloadedChannelDefinition(String channel) {
        String manageData = config.get(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH);
        if (!manageData.isEmpty()) {
            Path file = Path.of(manageData);
            try {
                long modified = Files.getLastModifiedTime(file).toMillis();
                if (modified != reloadedModified) {
                    reloaded = ChannelManageData.load(file);
                    reloadedModified = modified;
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning(() -> "keeping the last channel definitions: " + e.getMessage());
            }
        }
        return Optional.ofNullable((reloaded != null ? reloaded : channelDefinitions).get(channel));
    }

    /** {@code INTERVAL_BLOCKGENERATION}. */
    public Duration blockInterval() {
        return config.get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION);
    }

    @Override
    public String peerTarget() {
        return config.get(ConfigKeys.Node.NODE_HOST) + ":" + config.get(ConfigKeys.Node.PORT_PEER);
    }
}
