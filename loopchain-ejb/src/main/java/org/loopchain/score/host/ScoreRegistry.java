package org.loopchain.score.host;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.appserver.AppServer;
import org.loopchain.channel.ChainStore;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.messaging.TopicSender;
import org.loopchain.messaging.Topics;

/**
 * The node's SCOREs: the archive store ({@code <data dir>/scores/<sha256>.jar|war}), each channel's
 * genesis pin and operators (channel_manage_data.json, read once at start), its latest committed
 * pin history, and fetching pinned archives this peer lacks from the others ({@link ArchiveFetch}).
 * Every two seconds it copies newly deployed archives (an {@code asadmin deploy}) into the store;
 * deploying no longer changes which archive executes: only the chain's pins do. A no-interface
 * bean ({@link LocalBean}: it also implements {@link ScoreCatalog}, a {@link ScoreSource} for the executor) outside
 * transactions (the channels' queues call it per block and per pooled call).
 */
@Singleton
@Startup
@LocalBean
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoreRegistry implements ScoreCatalog {

    private static final Logger LOG = Logger.getLogger(ScoreRegistry.class.getName());

    @EJB
    private NodeIdentity node;
    @EJB
    private ChainStore chain;
    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Resource(lookup = "java:app/jms/loopchain")
    private ConnectionFactory jmsFactory;

    private final Map<String, ScorePins> pins = new ConcurrentHashMap<>();
    private Map<String, ScorePackage> genesis = Map.of();
    private Map<String, List<String>> operators = Map.of();
    private DeployedArchives deployed;
    private ArchiveStore archives;
    private ArchiveFetch fetch;
    private TopicSender sender;

    @PostConstruct
    void start() {
        deployed = new DeployedArchives(deployedRoot(node.config().get(ConfigKeys.Score.SCORE_DEPLOY_DIR)));
        archives = new ArchiveStore(node.dataDir().resolve("scores"));
        fetch = new ArchiveFetch(archives, Clock.systemUTC());
        Map<String, ScorePackage> g = new HashMap<>();
        for (String channel : node.channelNames()) {
            g.put(channel, node.channelDefinition(channel).map(ChannelDefinition::score)
                    .orElseGet(() -> ScorePackage.named(node.config().get(ConfigKeys.Score.SCORE_PACKAGE))));
        }
        genesis = Map.copyOf(g);
        operators = ScoreOperators.load(node.config().get(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH));
        LOG.info(() -> "SCORE archives kept in " + archives.dir() + "; operators " + operators);
        if (node.isPeer()) {
            sender = new TopicSender(jmsFactory, node.peerId());
            refresh();
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 2, 2, TimeUnit.SECONDS);
        }
    }

    /**
     * SCORE_DEPLOY_DIR, else where this server keeps deployed applications: a Payara domain's
     * {@code applications/__internal}, a WildFly server's deployment scanner folder {@code deployments}.
     */
    private static Path deployedRoot(String configured) {
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        return AppServer.wildFlyBase().map(base -> base.resolve("deployments"))
                .orElseGet(() -> AppServer.instanceDir().orElse(Path.of(".")).resolve("applications").resolve("__internal"));
    }

    @PreDestroy
    void stop() {
        if (sender != null) {
            synchronized (sender) {
                sender.close();
            }
        }
    }

    @Override
    public ScorePins pins(String channel) {
        return pins.computeIfAbsent(channel, c -> ScorePins.fromBytes(chain.state(c, ScorePins.KEY_HEX).orElse(null)));
    }

    @Override
    public ArchiveStore archives() {
        return archives;
    }

    @Override
    public ScorePackage genesis(String channel) {
        return genesis.getOrDefault(channel, ScorePackage.named(node.config().get(ConfigKeys.Score.SCORE_PACKAGE)));
    }

    @Override
    public Collection<String> operators(String channel) {
        return operators.getOrDefault(channel, List.of());
    }

    @Override
    public ScoreBinding bind(String channel, ScorePackage pin) {
        ScoreBinding b = ScoreBindings.of(channel, pin, pin.pinned() ? archives.prepared(pin.sha256()) : Optional.empty(),
                pin.pinned() ? pins(channel).versionsOf(pin.id()) : List.of());
        if (b.state() == ScoreBinding.State.MISSING) {
            fetch.request(pin.sha256()).ifPresent(text -> publish(channel, ArchiveFetch.REQUEST, text));
        }
        return b;
    }

    @Override
    public void pinsCommitted(String channel, ScorePins history) {
        pins.put(channel, history);
        ScorePackage latest = history.latest(genesis(channel));
        LOG.info(() -> "channel " + channel + ": SCORE pin from height " + history.entries().get(history.entries().size() - 1).height()
                + ": " + (latest.pinned() ? latest.id() + " " + latest.version() + " (sha256 " + latest.sha256() + ")" : "none"));
        if (latest.pinned()) {
            bind(channel, latest); // fetch it now if it is not held, before a block needs it
        }
    }

    /** From the SCORE topic's MDB: a request to answer or an archive this peer asked for. */
    public void onArchiveMessage(String channel, String type, String from, String text) {
        if (node.peerId().equals(from) || !node.channelNames().contains(channel)) {
            return;
        }
        if (ArchiveFetch.REQUEST.equals(type)) {
            fetch.answer(text).ifPresent(answer -> {
                LOG.info(() -> "channel " + channel + ": sending a SCORE archive asked for by " + from);
                publish(channel, ArchiveFetch.ARCHIVE, answer);
            });
        } else if (ArchiveFetch.ARCHIVE.equals(type)) {
            fetch.receive(text, from);
        }
    }

    /** Copies newly deployed archives into the store now. */
    public void refresh() {
        deployed.scan((file, bytes) -> {
            String sha = Hashes.sha256Hex(bytes);
            archives.put(sha, bytes, file.toString().endsWith(".war")).ifPresentOrElse(
                    problem -> LOG.fine(() -> file + " is not kept: " + problem),
                    () -> LOG.info(() -> "deployed archive " + file.getParent().getFileName() + " kept as SCORE archive " + sha));
        });
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot keep the deployed SCOREs", e);
        }
    }

    /** Publishes on the broker off the caller's thread (an archive may be megabytes; the caller may be a channel's queue). */
    private void publish(String channel, String type, String text) {
        try {
            scheduler.execute(() -> {
                synchronized (sender) {
                    sender.publish(channel, Topics.SCORE, type, text);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine("not publishing: the node is stopping");
        }
    }
}
