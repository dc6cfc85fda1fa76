package org.loopchain.node;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import org.loopchain.channel.BlockExecutor;
import org.loopchain.channel.BlockHistory;
import org.loopchain.channel.ChainStore;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelInbox;
import org.loopchain.channel.ChannelSettings;
import org.loopchain.channel.EvidenceStore;
import org.loopchain.channel.ForeignTraffic;
import org.loopchain.channel.MicrosClock;
import org.loopchain.channel.PeerChannels;
import org.loopchain.channel.TxJournal;
import org.loopchain.channel.TxLookup;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.coin.CoinLedger;
import org.loopchain.coin.V3BlockExecutor;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.CoreJsonForms;
import org.loopchain.consensus.MalformedMessageException;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.faults.TestFaults;
import org.loopchain.core.config.ChannelConsensus;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.messaging.TopicSender;
import org.loopchain.radiostation.client.RadioStationClient;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.host.DeployedContracts;
import org.loopchain.score.host.ScoreBinding;
import org.loopchain.score.host.ScoreBlockExecutor;
import org.loopchain.score.host.ScoreRegistry;
import org.loopchain.service.ChainService;

/**
 * Owns a peer's channels: one {@link Channel} per channel, each on its own single-thread event
 * queue made by the server's {@link ManagedThreadFactory}; the {@link TxJournal} writer that makes
 * submitted transactions durable before they are acknowledged; and the hand-over of messages from
 * the MDBs to the channels. Starts each channel's consensus once its validators are known
 * ({@link ChannelStarter}). A Radio Station node has no channels.
 */
@Singleton
@Startup
@LocalBean
@Local({ChannelInbox.class, PeerChannels.class, ChainService.class})
@DependsOn({"NodeRuntime", "RadioStationClient", "ScoreRegistry"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChannelManager implements ChannelInbox, PeerChannels, ChainService {

    private static final Logger LOG = Logger.getLogger(ChannelManager.class.getName());
    /** Largest consensus message accepted from the broker (a full block with its transactions). */
    private static final int MAX_MESSAGE_CHARS = 64 * 1024 * 1024;

    @EJB
    private NodeRuntime node;
    @EJB
    private ChainStore store;
    @Resource(lookup = "java:app/jms/loopchain")
    private ConnectionFactory jmsFactory;
    @EJB
    private RadioStationClient radioStation;
    @Resource
    private ManagedThreadFactory threads;
    @EJB
    private ScoreRegistry scores;
    private ScoreBlockExecutor executor;
    private DeployedContracts contracts;

    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final List<ExecutorService> loops = new ArrayList<>();
    private final ConsensusCodec codec = new ConsensusCodec(MAX_MESSAGE_CHARS);
    /** Consensus messages and transaction relays that reached this peer for channels it does not serve. */
    private final ForeignTraffic foreign = new ForeignTraffic();
    /** Channel/hash of the v3 transactions being stored now. */
    private final Set<String> v3InFlight = ConcurrentHashMap.newKeySet();
    private MicrosClock clock;
    private TxJournal journal;
    private Thread journalThread;
    private String defaultChannel;

    @PostConstruct
    void start() {
        defaultChannel = node.config().get(ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL);
        if (!node.isPeer()) {
            return;
        }
        TestFaults faults = TestFaults.of(node.config());
        faults.warning().ifPresent(LOG::warning);
        Clock nodeClock = faults.clock(Clock.systemUTC());
        clock = new MicrosClock(nodeClock);
        journal = new TxJournal(store, 1000, 200_000);
        journalThread = threads.newThread(journal);
        journalThread.start();
        ExecutorService outbox = Executors.newSingleThreadExecutor(threads);
        loops.add(outbox);
        JmsTransport transport = new JmsTransport(new TopicSender(jmsFactory, node.peerId()), outbox);
        ChannelStarter starter = new ChannelStarter(node, radioStation);
        executor = new ScoreBlockExecutor(scores, node.config().get(ConfigKeys.Score.SCORE_STEP_LIMIT), store);
        contracts = new DeployedContracts(executor, node.config().get(ConfigKeys.Score.SCORE_STEP_LIMIT), store);
        BlockExecutor withCoin = new V3BlockExecutor(contracts, this::coin, this::committedState);
        for (String name : node.channelNames()) {
            String scoreId = node.channelDefinition(name).map(ChannelDefinition::scorePackage)
                    .orElse(node.config().get(ConfigKeys.Score.SCORE_PACKAGE));
            ChannelConsensus own = node.channelDefinition(name).map(ChannelDefinition::consensus).orElse(ChannelConsensus.NONE);
            ChannelSettings settings = new ChannelSettings(name, node.peerId(), scoreId, NodeRuntime.SCORE_VERSION,
                    own.get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION, node.config()),
                    own.get(ConfigKeys.Blocks.MAX_BLOCK_TX_NUM, node.config()),
                    node.config().get(ConfigKeys.Blocks.ALLOW_MAKE_EMPTY_BLOCK));
            ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(threads);
            loops.add(loop);
            Channel channel = new Channel(settings, store, node.key(), clock, nodeClock,
                    new ExecutorLoop(name, loop), transport, codec, withCoin, faults);
            channel.load();
            channels.put(name, channel);
            starter.whenReady(channel);
        }
    }

    @PreDestroy
    void stop() {
        if (journal != null) {
            journal.stop();
        }
        loops.forEach(ExecutorService::shutdownNow);
    }

    @Override
    public String defaultChannel() {
        return defaultChannel;
    }

    @Override
    public Optional<Channel> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    @Override
    public Map<String, Long> foreignTraffic() {
        return foreign.counts();
    }

    @Override
    public Collection<Channel> channels() {
        return channels.values();
    }

    @Override
    public Optional<String> refusesSubmissions(String channel) {
        return node.audits(channel) && !votesIn(channel) ? Optional.of("this peer audits channel " + channel
                + " and takes no transactions or SCORE configurations: send them to one of its validators") : Optional.empty();
    }

    /** Whether this peer is among the validators in effect of {@code channel}: an audit peer added on-chain is. */
    private boolean votesIn(String channel) {
        Channel c = channels.get(channel);
        return c != null && c.validators().map(v -> v.contains(c.settings().peerId())).orElse(false);
    }

    /**
     * Builds, hashes and signs a v1 transaction from a request body on the caller's thread, then
     * queues it; the future completes once it is durable (the moment to answer the client).
     */
    @Override
    public CompletableFuture<Transaction> submit(Channel channel, Object body) {
        ChannelSettings s = channel.settings();
        TxMeta meta = new TxMeta(s.peerId(), s.scoreId(), s.scoreVersion(), s.name());
        Transaction tx = V1Transactions.create(s.name(), meta, body, clock.next(), node.key());
        return journal.append(channel, tx);
    }

    /**
     * Queues a client-signed v3 transaction that passed admission; the future completes once it is
     * durable. It is then pooled and relayed like a v1 one.
     */
    @Override
    public CompletableFuture<Transaction> submit(Channel channel, V3Transaction v3) {
        String key = channel.name() + "/" + v3.hash().hex();
        if (!v3InFlight.add(key)) { // the same transaction sent twice at once: one row only
            return CompletableFuture.failedFuture(new IllegalStateException("Duplicated transaction: " + v3.hash()));
        }
        return journal.append(channel, V3Transactions.of(channel.name(), node.peerId(), v3))
                .whenComplete((tx, failure) -> v3InFlight.remove(key));
    }

    /** The channel's coin settings (network id, genesis accounts, step price). */
    @Override
    public CoinGenesis coin(String channel) {
        return node.channelDefinition(channel).map(ChannelDefinition::coin).orElse(CoinGenesis.NONE);
    }

    /** An account's committed balance, read between blocks. */
    @Override
    public CompletableFuture<BigInteger> balance(Channel channel, IconAddress address) {
        return channel.between(() -> committedLedger(channel.name()).balance(address));
    }

    /** The channel's coin as committed (read only between blocks). */
    private CoinLedger committedLedger(String channel) {
        return new CoinLedger(coin(channel), k -> committedState(channel, k));
    }

    private byte[] committedState(String channel, String keyHex) {
        return executor.view(channel).get(Hex.decode(keyHex));
    }

    /** From the consensus MDB: decodes on the caller's thread and queues on the channel. */
    @Override
    public void onConsensusMessage(String channelName, String text) {
        Channel channel = channels.get(channelName);
        if (channel == null) {
            foreign.count(channelName);
            LOG.fine(() -> "dropped a consensus message for channel " + channelName + ", which this peer does not serve");
            return;
        }
        Optional<SignedMessage> message = codec.tryDecode(text);
        if (message.isEmpty()) {
            channel.droppedUndecodable();
            LOG.warning("dropped an undecodable consensus message on channel " + channelName);
        } else if (!message.get().sender().equals(node.peerId())) {
            channel.onMessage(message.get());
        }
    }

    /** From the transaction MDB: decodes a relayed batch and queues it on the channel. */
    @Override
    public void onRelayedTransactions(String channelName, String sender, String text) {
        Channel channel = channels.get(channelName);
        if (channel == null) {
            foreign.count(channelName);
            return;
        }
        if (node.peerId().equals(sender)) {
            return;
        }
        try {
            if (text.length() <= MAX_MESSAGE_CHARS && Json.parse(text) instanceof List<?> list) {
                List<Transaction> txs = CoreJsonForms.txs(list, "relayed transactions");
                txs.forEach(channel.verified()::check); // here, on the messaging thread, not on the channel's queue
                channel.acceptRelayed(txs);
                return;
            }
        } catch (JsonException | MalformedMessageException | IllegalArgumentException e) {
            channel.droppedUndecodable();
            LOG.warning("dropped a malformed transaction relay on channel " + channelName + " from " + sender
                    + ": " + e.getMessage());
            return;
        }
        channel.droppedUndecodable();
        LOG.warning("dropped a transaction relay on channel " + channelName + " that is not a JSON array");
    }

    /** The caller a query runs as (queries never install, so no owner matters). */
    private static final String QUERY_OWNER = "hx" + "0".repeat(40);

    /** Runs a read-only SCORE method on the channel's committed state, between blocks. */
    @Override
    public CompletableFuture<QueryOutcome> query(Channel channel, String method, Map<String, Object> params) {
        ScoreBinding binding = scores.binding(channel.name());
        if (!binding.ready()) {
            return CompletableFuture.completedFuture(new QueryOutcome(-1, binding.message(), null));
        }
        return channel.between(() -> {
            ChainHead head = channel.head();
            ScoreExecutor run = new ScoreExecutor(binding.code(), new ScoreSettings(
                    node.config().get(ConfigKeys.Score.SCORE_STEP_LIMIT), QUERY_OWNER, binding.pinned().params()));
            return run.query(method, params, executor.view(channel.name()),
                    new ScoreBlock(channel.name(), head.height(), head.block().timestampMicros()),
                    ScoreBlockExecutor.coinOf(committedLedger(channel.name())));
        });
    }

    @Override
    public CompletableFuture<QueryOutcome> query(Channel channel, IconAddress contract, String method, Map<String, Object> params) {
        return channel.between(() -> {
            ChainHead head = channel.head();
            return contracts.query(channel.name(), contract.toString(), method, params,
                    new ScoreBlock(channel.name(), head.height(), head.block().timestampMicros()),
                    ScoreBlockExecutor.coinOf(committedLedger(channel.name())));
        });
    }

    @Override
    public DeployedContracts contracts() {
        return contracts;
    }

    /** How the channel's SCORE stands on this peer. */
    @Override
    public ScoreBinding score(String channel) {
        return scores.binding(channel);
    }

    /** Whether the threads a peer's channels run on are alive: every channel's queue and the tx journal. */
    @Override
    public boolean running() {
        boolean loopsUp = loops.stream().noneMatch(ExecutorService::isShutdown);
        return loopsUp && (journalThread == null || journalThread.isAlive());
    }

    /** The commit certificate stored with the block at {@code height}; empty for genesis or a block made alone. */
    @Override
    public Optional<CommitCertificate> certificate(String channel, long height) {
        return store.certificateOf(channel, height).filter(text -> !text.isEmpty()).map(codec::decodeCertificate);
    }

    /** The node's SCOREs: archive store, pins, operators. */
    @Override
    public ScoreRegistry scores() {
        return scores;
    }

    /** The channels' committed blocks, for the block API. */
    @Override
    public BlockHistory blocks() {
        return store;
    }

    /** The channels' stored transactions and their SCORE results, for the transaction API. */
    @Override
    public TxLookup transactions() {
        return store;
    }

    /** The equivocations the channels saw, for the status API. */
    @Override
    public EvidenceStore evidence() {
        return store;
    }
}
