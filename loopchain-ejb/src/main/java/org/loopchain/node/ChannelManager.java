package org.loopchain.node;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.loopchain.channel.ChainStore;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelManageData;
import org.loopchain.channel.ChannelSettings;
import org.loopchain.channel.MicrosClock;
import org.loopchain.channel.TxJournal;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/**
 * Owns the node's channels: one {@link Channel} per channel, each on its own single-thread event
 * queue made by the server's {@link ManagedThreadFactory}, and the {@link TxJournal} writer that
 * makes submitted transactions durable before they are acknowledged. Delegates all rules to them.
 */
@Singleton
@Startup
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChannelManager {

    /** The score version written into v1 transaction meta until SCOREs are deployable. */
    static final String SCORE_VERSION = "0";

    @EJB
    private NodeRuntime node;
    @EJB
    private ChainStore store;
    @Resource
    private ManagedThreadFactory threads;

    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final List<ScheduledExecutorService> loops = new ArrayList<>();
    private MicrosClock clock;
    private TxJournal journal;
    private String defaultChannel;

    @PostConstruct
    void start() {
        LoopchainConfig config = node.config();
        clock = new MicrosClock(Clock.systemUTC());
        defaultChannel = config.get(ConfigKeys.LOOPCHAIN_DEFAULT_CHANNEL);
        int maxTx = config.get(ConfigKeys.MAX_BLOCK_TX_NUM);
        journal = new TxJournal(store, 1000, 200_000);
        threads.newThread(journal).start();
        String manageData = config.get(ConfigKeys.CHANNEL_MANAGE_DATA_PATH);
        for (String name : ChannelManageData.channelNames(defaultChannel, manageData.isEmpty() ? null : Path.of(manageData))) {
            ChannelSettings settings = new ChannelSettings(name, node.peerId(), config.get(ConfigKeys.SCORE_PACKAGE),
                    SCORE_VERSION, seconds(config.get(ConfigKeys.INTERVAL_BLOCKGENERATION)), maxTx,
                    config.get(ConfigKeys.ALLOW_MAKE_EMPTY_BLOCK));
            ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(threads);
            loops.add(loop);
            Channel channel = new Channel(settings, store, node.key(), clock, loop);
            channel.start();
            long every = settings.blockInterval().toNanos();
            loop.scheduleWithFixedDelay(channel::tick, every, every, TimeUnit.NANOSECONDS);
            channels.put(name, channel);
        }
    }

    @PreDestroy
    void stop() {
        journal.stop();
        loops.forEach(ScheduledExecutorService::shutdownNow);
    }

    public String defaultChannel() {
        return defaultChannel;
    }

    public Optional<Channel> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    public Collection<Channel> channels() {
        return channels.values();
    }

    /**
     * Builds, hashes and signs a v1 transaction from a request body on the caller's thread, then
     * queues it; the future completes once it is durable (the moment to answer the client).
     */
    public CompletableFuture<Transaction> submit(Channel channel, Object body) {
        ChannelSettings s = channel.settings();
        TxMeta meta = new TxMeta(s.peerId(), s.scoreId(), s.scoreVersion(), s.name());
        Transaction tx = V1Transactions.create(s.name(), meta, body, clock.next(), node.key());
        return journal.append(channel, tx);
    }

    public ChainStore store() {
        return store;
    }

    public int journalBacklog() {
        return journal.backlog();
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1_000_000_000d));
    }
}
