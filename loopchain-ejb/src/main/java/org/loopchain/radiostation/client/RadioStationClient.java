package org.loopchain.radiostation.client;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.json.Json;
import org.loopchain.radiostation.JoinRequest;
import org.loopchain.radiostation.PeerListJson;
import org.loopchain.radiostation.RegisteredPeer;

/**
 * This peer's view of the Radio Station: active when {@code NODE_ROLE=peer} and
 * {@code RADIOSTATION_HOST} is set. For each channel the peer serves
 * ({@link NodeIdentity#channelNames}: the channels that list it) it joins the RS
 * at {@code http://RADIOSTATION_HOST:(PORT_RADIOSTATION+1900)/api/v1/peer/join} with a signed
 * request, retrying in the background until admitted (the deployment never waits for the RS);
 * then it refreshes the channel's peer list every {@code HEARTBEAT_INTERVAL} and on every
 * {@code peer_list} announcement, and re-joins if the RS no longer lists it.
 *
 * <p>Listeners ({@link #addListener}) are called with the channel and its new list whenever the
 * list changes, on the refresh thread or the announcement's MDB thread; they must be quick.
 */
@Singleton
@Startup
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RadioStationClient {

    private static final Logger LOG = Logger.getLogger(RadioStationClient.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

    @EJB
    private NodeIdentity node;
    @Resource
    private ManagedThreadFactory threads;

    /** One channel's state; its fields change under the view's lock. */
    private static final class View {
        private volatile boolean admitted;
        private volatile List<RegisteredPeer> peers = List.of();
        private String lastRefusal;
    }

    private final Map<String, View> views = new LinkedHashMap<>();
    private final List<BiConsumer<String, List<RegisteredPeer>>> listeners = new CopyOnWriteArrayList<>();
    private final ZoneId zone = ZoneId.systemDefault();
    private volatile boolean active;
    private String base;
    private ScheduledExecutorService loop;
    private HttpClient http;

    @PostConstruct
    void start() {
        LoopchainConfig config = node.config();
        String host = config.get(ConfigKeys.Network.RADIOSTATION_HOST);
        if (config.isRadioStation() || host.isEmpty()) {
            return;
        }
        node.channelNames().forEach(c -> views.put(c, new View()));
        base = "http://" + host + ":" + (config.get(ConfigKeys.Network.PORT_RADIOSTATION) + ConfigKeys.REST_PORT_OFFSET);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long every = config.get(ConfigKeys.Network.HEARTBEAT_INTERVAL).toNanos();
        loop = Executors.newSingleThreadScheduledExecutor(threads);
        loop.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.NANOSECONDS);
        active = true;
        LOG.info(() -> "radio station client: joining " + views.keySet() + " at " + base + " as " + node.peerId()
                + " (" + node.peerTarget() + ")");
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    /** Whether this peer works with a Radio Station (NODE_ROLE=peer and RADIOSTATION_HOST set). */
    public boolean active() {
        return active;
    }

    /** Whether the RS has admitted this peer to {@code channel}. */
    public boolean admitted(String channel) {
        View v = views.get(channel);
        return v != null && v.admitted;
    }

    /**
     * The channel's peers as the RS last listed them, in RS order (empty before the first list,
     * for a channel this peer does not serve, or when the client is not active).
     */
    public List<RegisteredPeer> peers(String channel) {
        View v = views.get(channel);
        return v == null ? List.of() : v.peers;
    }

    /** Called with (channel, new list) every time a channel's list changes. */
    public void addListener(BiConsumer<String, List<RegisteredPeer>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** A {@code peer_list} announcement from the broker (the MDB's entry point). */
    public void onAnnouncement(String channel, String body) {
        if (!active) {
            return;
        }
        View v = channel == null ? null : views.get(channel);
        if (v == null) {
            LOG.fine(() -> "ignored a peer-list announcement for channel " + channel + " (not served here)");
            return;
        }
        try {
            List<RegisteredPeer> peers = PeerListJson.parseList(Json.parse(body), zone);
            LOG.info(() -> "peer-list announcement for " + channel + ": " + peers.size() + " peers, "
                    + peers.stream().filter(RegisteredPeer::online).count() + " online");
            update(channel, v, peers);
        } catch (RuntimeException e) {
            LOG.warning("dropped a malformed peer-list announcement for " + channel + ": " + e.getMessage());
        }
    }

    private void tick() {
        for (Map.Entry<String, View> e : views.entrySet()) {
            try {
                if (!e.getValue().admitted) {
                    join(e.getKey(), e.getValue());
                }
                if (e.getValue().admitted) {
                    refresh(e.getKey(), e.getValue());
                }
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "radio station round for " + e.getKey() + " failed", ex);
            }
        }
    }

    private long lastJoinMicros;

    /** Now in µs, and always later than the last join's (the Radio Station refuses one not newer). */
    private synchronized long joinMicros() {
        Instant now = Instant.now();
        lastJoinMicros = Math.max(now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000, lastJoinMicros + 1);
        return lastJoinMicros;
    }

    private void join(String channel, View v) {
        JoinRequest request = JoinRequest.signed(channel, node.peerId(), node.peerTarget(),
                node.config().restUrl(), joinMicros(), node.certificatePem(), node.key());
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/peer/join")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.pyDumps(request.toJson()))).build();
        String outcome;
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                v.admitted = true;
                v.lastRefusal = null;
                LOG.info(() -> "joined channel " + channel + " at the radio station " + base + ": " + response.body());
                return;
            }
            String shown = response.body().replaceAll("[^\\x20-\\x7e]", "?");
            outcome = "refused (HTTP " + response.statusCode() + "): " + (shown.length() <= 200 ? shown : shown.substring(0, 200) + "...");
        } catch (IOException e) {
            outcome = "unreachable: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!outcome.equals(v.lastRefusal)) { // log each new reason once, not every retry
            v.lastRefusal = outcome;
            String said = outcome;
            LOG.warning(() -> "cannot join channel " + channel + " at the radio station " + base + " yet, retrying: " + said);
        }
    }

    private void refresh(String channel, View v) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/peer/list?channel="
                + URLEncoder.encode(channel, StandardCharsets.UTF_8))).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(get, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.fine(() -> "peer list of " + channel + " not refreshed: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (response.statusCode() != 200 || !(Json.parse(response.body()) instanceof Map<?, ?> reply)) {
            LOG.fine(() -> "peer list of " + channel + " not refreshed: HTTP " + response.statusCode());
            return;
        }
        List<RegisteredPeer> peers = PeerListJson.parseList(reply.get("data"), zone);
        update(channel, v, peers);
        if (peers.stream().noneMatch(p -> p.peerId().equals(node.peerId()))) {
            v.admitted = false; // the RS lost this peer (its store was reset): join again
            LOG.warning(() -> "the radio station no longer lists this peer in " + channel + "; joining again");
        }
    }

    private void update(String channel, View v, List<RegisteredPeer> peers) {
        List<RegisteredPeer> copy = List.copyOf(peers);
        synchronized (v) { // listeners see the lists in the order they were taken
            if (copy.equals(v.peers)) {
                return;
            }
            v.peers = copy;
            for (BiConsumer<String, List<RegisteredPeer>> listener : listeners) {
                try {
                    listener.accept(channel, copy);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a peer-list listener failed", e);
                }
            }
        }
    }
}
