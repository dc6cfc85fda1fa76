package org.loopchain.service;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.loopchain.channel.BlockHistory;
import org.loopchain.channel.Channel;
import org.loopchain.channel.EvidenceStore;
import org.loopchain.channel.TxLookup;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.host.DeployedContracts;
import org.loopchain.score.host.ScoreBinding;
import org.loopchain.score.host.ScoreCatalog;

/**
 * What a peer offers its client APIs (REST v1, the Radio Station's status): its channels, the
 * submission of transactions and SCORE queries, and read access to what the channels committed. A
 * port: the server's composition root implements it ({@code ChannelManager}), and the web adapters
 * depend on this interface, not on it.
 */
public interface ChainService {

    /** {@code LOOPCHAIN_DEFAULT_CHANNEL}: the channel a request that names none goes to. */
    String defaultChannel();

    /** The channels this peer serves (none on a Radio Station). */
    Collection<Channel> channels();

    /** The channel this peer serves under {@code name}; empty for an unknown name (or on a Radio Station). */
    Optional<Channel> channel(String name);

    /** What reached this peer from the broker for channels it does not serve, by channel (none with the broker's filter). */
    Map<String, Long> foreignTraffic();

    /**
     * Why this peer takes no transactions or SCORE configurations for {@code channel}: it is an
     * audit peer there (it holds and checks every block, never votes); empty where it takes them.
     */
    Optional<String> refusesSubmissions(String channel);

    /**
     * Makes a loopchain v1 transaction of {@code body}, signed by this peer, durable and hands it to
     * the channel; completes with it once stored, exceptionally when the channel cannot take it now.
     */
    CompletableFuture<Transaction> submit(Channel channel, Object body);

    /**
     * Queues a client-signed ICON v3 transaction that passed admission; completes once it is durable,
     * exceptionally when the channel cannot take it now.
     */
    CompletableFuture<Transaction> submit(Channel channel, V3Transaction v3);

    /** The channel's coin settings (network id, genesis accounts, step price). */
    CoinGenesis coin(String channel);

    /** An account's committed balance, read between blocks. */
    CompletableFuture<BigInteger> balance(Channel channel, IconAddress address);

    /** Runs a read-only SCORE method on the channel's committed state, between blocks. */
    CompletableFuture<QueryOutcome> query(Channel channel, String method, Map<String, Object> params);

    /** Runs a read-only method of a contract deployed by a v3 transaction, on committed state, between blocks. */
    CompletableFuture<QueryOutcome> query(Channel channel, IconAddress contract, String method, Map<String, Object> params);

    /** The contracts deployed by v3 transactions, on every channel of this peer. */
    DeployedContracts contracts();

    /** How the channel's SCORE stands on this peer. */
    ScoreBinding score(String channel);

    /** The commit certificate stored with the block at {@code height}; empty for genesis or a block made alone. */
    Optional<CommitCertificate> certificate(String channel, long height);

    /** The node's SCOREs: pins, genesis, operators, archives. */
    ScoreCatalog scores();

    /** The channels' committed blocks. */
    BlockHistory blocks();

    /** The channels' stored transactions and their SCORE results. */
    TxLookup transactions();

    /** The equivocations the channels saw. */
    EvidenceStore evidence();
}
