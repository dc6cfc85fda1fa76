package org.loopchain.core.icon.rpc;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.loopchain.channel.StoredTx;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.core.block.Block;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.V3Admission;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.QueryOutcome;

/** What the v3 methods need of one channel on this peer. */
public interface V3Chain {

    CoinGenesis coin();

    /** The admission rules with this channel's network id and the node's clock and boundary. */
    V3Admission admission();

    Optional<Block> lastBlock();

    Optional<Block> blockByHeight(long height);

    Optional<Block> blockByHash(String hash);

    List<Transaction> transactionsOf(long height);

    Optional<StoredTx> transaction(String hash);

    /** The stored result (JSON) of a committed transaction. */
    Optional<String> result(String hash);

    CompletableFuture<BigInteger> balance(IconAddress address);

    /** The {@code cx} address of the SCORE the channel runs now; empty when it runs none. */
    Optional<IconAddress> scoreAddress();

    /** Runs a read-only method of the channel's SCORE on its committed state. */
    CompletableFuture<QueryOutcome> query(String method, Map<String, Object> params);

    /** The API of the channel's SCORE in ICON's {@code icx_getScoreApi} form; empty while this peer has no ready archive. */
    Optional<List<Map<String, Object>>> scoreApi();

    /** Whether a contract deployed by a v3 transaction is at {@code address} on this channel. */
    boolean isDeployed(IconAddress address);

    /** Runs a read-only method of the deployed contract at {@code address} on committed state. */
    CompletableFuture<QueryOutcome> query(IconAddress address, String method, Map<String, Object> params);

    /** The API of the deployed contract at {@code address}; empty if there is none. */
    Optional<List<Map<String, Object>>> scoreApi(IconAddress address);

    /** Stores and queues an admitted transaction; completes once it is durable. */
    CompletableFuture<Transaction> submit(V3Transaction tx);
}
