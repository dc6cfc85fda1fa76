package org.loopchain.radiostation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.json.Json;
import org.loopchain.messaging.JmsPublisher;
import org.loopchain.messaging.Topics;
import org.loopchain.pki.ChannelTrust;
import org.loopchain.pki.MembershipCheck;

/**
 * The Radio Station role of this node: active only when {@code NODE_ROLE=radiostation}, otherwise
 * it does nothing and {@link #active()} is false.
 *
 * <p>At start it loads {@code CHANNEL_MANAGE_DATA_PATH} (required), the stored registrations and the
 * stored trust changes of the channels' chains ({@link ChainTrustFollower}), then every {@code HEARTBEAT_INTERVAL} polls each registered peer's
 * {@code <rest_url>/api/v1/status/peer?channel=<c>} (HTTP/1.1, short timeouts). A join, and every
 * status change the heartbeat finds, is stored and announced on {@code loopchain.<c>.peers}
 * ({@code peer_list}); after each round it takes the trust changes in effect of each channel that
 * admits by certificate from one online peer. The rules live in {@link PeerRegistry}.
 */
@Singleton
@Startup
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RadioStation {

    /** The message type of a peer-list announcement on {@link Topics#PEERS}. */
    public static final String PEER_LIST = "peer_list";

    private static final Logger LOG = Logger.getLogger(RadioStation.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(800);

    @EJB
    private NodeIdentity node;
    @EJB
    private PeerStore store;
    @EJB
    private JmsPublisher publisher;
    @Resource
    private ManagedThreadFactory threads;

    private volatile boolean active;
    private Map<String, ChannelDefinition> channels;
    private PeerRegistry registry;
    private ChainTrustFollower chainTrust;
    private String defaultChannel;
    private final ZoneId zone = ZoneId.systemDefault();
    private ScheduledExecutorService loop;
    private ExecutorService httpPool;
    private HttpClient http;
    private Duration interval;

    @PostConstruct
    void start() {
        LoopchainConfig config = node.config();
        if (!config.isRadioStation()) {
            return;
        }
        String path = config.get(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH);
        if (path.isEmpty()) {
            throw new IllegalStateException(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH.name()
                    + " is required when NODE_ROLE=radiostation (the channels and their peers)");
        }
        if (!Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH.name() + "=" + path + ": no such file");
        }
        try {
            channels = ChannelManageData.load(Path.of(path));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH.name() + ": " + e.getMessage(), e);
        }
        defaultChannel = config.get(ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL);
        Map<String, MembershipCheck> trust;
        try {
            trust = ChannelTrust.load(Path.of(path), Clock.system(zone));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH.name() + ": " + e.getMessage(), e);
        }
        registry = new PeerRegistry(channels, config.get(ConfigKeys.Network.ENABLE_CHANNEL_AUTH), trust, Clock.system(zone));
        int restored = 0;
        for (PeerRecord r : store.loadAll()) {
            restored += registry.restore(r) ? 1 : 0;
        }
        chainTrust = new ChainTrustFollower(registry, channels, store);
        int trustChanges = chainTrust.restore();
        interval = config.get(ConfigKeys.Network.HEARTBEAT_INTERVAL);
        httpPool = Executors.newFixedThreadPool(4, threads);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).executor(httpPool).build();
        loop = Executors.newSingleThreadScheduledExecutor(threads);
        loop.scheduleWithFixedDelay(this::heartbeat, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
        active = true;
        int kept = restored;
        LOG.info(() -> "radio station " + node.peerId() + ": channels " + channels.keySet() + " from " + path
                + ", channel auth " + config.get(ConfigKeys.Network.ENABLE_CHANNEL_AUTH) + ", trusted CAs for " + trust.keySet() + ", " + kept
                + " stored registrations restored, " + trustChanges + " stored trust changes of the channels' chains applied,"
                + " heartbeat every " + interval.toMillis() + " ms");
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.shutdownNow();
            httpPool.shutdownNow();
        }
    }

    /** Whether this node is the Radio Station (NODE_ROLE=radiostation). */
    public boolean active() {
        return active;
    }

    public String defaultChannel() {
        return defaultChannel;
    }

    public boolean hasChannel(String channel) {
        return active && registry.hasChannel(channel);
    }

    /** The channels of {@code channel_manage_data}, in its order. */
    public List<String> channels() {
        return List.copyOf(registry.channels());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The outcome of {@link #join}: the admitted peer, or why it was refused. */
    public record JoinOutcome(RegisteredPeer peer, Refusal refusal, String message) {
    }

    /** Admits a peer (see {@link PeerRegistry}), stores it and announces the channel's list if it changed. */
    public JoinOutcome join(JoinRequest request) {
        PeerRegistry.Admission admission;
        try {
            admission = registry.join(request);
        } catch (RegistryException e) {
            LOG.info(() -> "refused join of " + request.peerId() + " (" + request.peerTarget() + ") to "
                    + request.channel() + ": " + e.getMessage());
            return new JoinOutcome(null, e.refusal(), e.getMessage());
        }
        store.save(admission.record());
        LOG.info(() -> "peer " + request.peerId() + " (" + request.peerTarget() + ", " + request.restUrl() + ") joined "
                + request.channel() + " as order " + admission.peer().order());
        if (admission.changed()) {
            announce(request.channel());
        }
        return new JoinOutcome(admission.peer(), null, null);
    }

    /** The channel's admitted peers in order. */
    public List<RegisteredPeer> peers(String channel) {
        return registry.peers(channel);
    }

    public Optional<RegisteredPeer> leader(String channel) {
        return registry.leader(channel);
    }

    public Optional<RegisteredPeer> peer(String channel, String peerId) {
        return registry.peer(channel, peerId);
    }

    public Optional<Map<String, Object>> lastStatus(String channel, String peerId) {
        return registry.lastStatus(channel, peerId);
    }

    /** {@code channel_manage_data} as loaded (defaults written out). */
    public Map<String, Object> conf() {
        return ChannelManageData.toJson(channels);
    }

    /** One heartbeat round: polls every registered peer of every channel, then applies the answers. */
    private void heartbeat() {
        try {
            List<String> channelOf = new ArrayList<>();
            List<String> peerOf = new ArrayList<>();
            List<CompletableFuture<Map<String, Object>>> answers = new ArrayList<>();
            for (String channel : registry.channels()) {
                for (RegisteredPeer p : registry.peers(channel)) {
                    channelOf.add(channel);
                    peerOf.add(p.peerId());
                    answers.add(poll(p, channel));
                }
            }
            Set<String> changed = new LinkedHashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                Map<String, Object> status = answers.get(i).join();
                String channel = channelOf.get(i);
                String peerId = peerOf.get(i);
                boolean flipped = status != null ? registry.beat(channel, peerId, status) : registry.missed(channel, peerId);
                if (flipped) {
                    registry.record(channel, peerId).ifPresent(store::save);
                    RegisteredPeer p = registry.peer(channel, peerId).orElseThrow();
                    LOG.info(() -> "peer " + peerId + " (" + p.peerTarget() + ") of " + channel + " is now "
                            + (p.online() ? "online" : "offline (" + PeerRegistry.MISSED_BEATS_OFFLINE + " missed heartbeats)"));
                    changed.add(channel);
                }
            }
            changed.forEach(this::announce);
            followChains();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "heartbeat round failed", e);
        }
    }

    /** Takes each channel's trust changes in effect from one online peer ({@link ChainTrustAnswer}). */
    private void followChains() {
        for (String channel : registry.channels()) {
            Optional<RegisteredPeer> online = registry.peers(channel).stream().filter(RegisteredPeer::online).findFirst();
            if (online.isEmpty() || !registry.namesTrustedCas(channel)) {
                continue;
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(online.get().restUrl()
                        + "/api/v1/validators?channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8)))
                        .timeout(timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && Json.parse(response.body()) instanceof Map<?, ?> answer) {
                    chainTrust.follow(channel, answer);
                }
            } catch (IOException | RuntimeException e) {
                LOG.fine(() -> "channel " + channel + ": no trust changes from " + online.get().peerId() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The peer's status object, or null if it did not answer in time with one. */
    private CompletableFuture<Map<String, Object>> poll(RegisteredPeer p, String channel) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(p.restUrl() + "/api/v1/status/peer?channel="
                    + URLEncoder.encode(channel, StandardCharsets.UTF_8))).timeout(timeout()).GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null || response.statusCode() != 200) {
                return null;
            }
            try {
                return Json.parse(response.body()) instanceof Map<?, ?> m ? castMap(m) : null;
            } catch (RuntimeException e) {
                return null;
            }
        });
    }

    private Duration timeout() {
        Duration max = Duration.ofSeconds(2);
        return interval.compareTo(max) < 0 ? interval : max;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private void announce(String channel) {
        List<RegisteredPeer> peers = registry.peers(channel);
        String leaderId = registry.leader(channel).map(RegisteredPeer::peerId).orElse("");
        String body = Json.pyDumps(PeerListJson.announcement(channel, peers, leaderId, zone));
        if (publisher.publish(channel, Topics.PEERS, PEER_LIST, node.peerId(), body)) {
            LOG.info(() -> "announced the peer list of " + channel + " (" + peers.size() + " peers, "
                    + peers.stream().filter(RegisteredPeer::online).count() + " online)");
        }
    }
}
