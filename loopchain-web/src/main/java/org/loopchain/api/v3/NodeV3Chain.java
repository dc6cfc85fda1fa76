package org.loopchain.api.v3;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.loopchain.channel.Channel;
import org.loopchain.channel.StoredTx;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.core.block.Block;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.V3Admission;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.rpc.RpcError;
import org.loopchain.core.icon.rpc.V3Chain;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreApi;
import org.loopchain.score.host.ScoreBinding;
import org.loopchain.service.ChainService;

/** One channel of this peer, as the v3 methods see it. */
record NodeV3Chain(ChainService manager, Channel channel, Duration timestampBoundary) implements V3Chain {

    @Override
    public CoinGenesis coin() {
        return manager.coin(channel.name());
    }

    @Override
    public V3Admission admission() {
        return new V3Admission(coin().nid(), Clock.systemUTC(), timestampBoundary);
    }

    @Override
    public Optional<Block> lastBlock() {
        return manager.blocks().lastBlock(channel.name());
    }

    @Override
    public Optional<Block> blockByHeight(long height) {
        return manager.blocks().blockByHeight(channel.name(), height);
    }

    @Override
    public Optional<Block> blockByHash(String hash) {
        return manager.blocks().blockByHash(channel.name(), hash);
    }

    @Override
    public List<Transaction> transactionsOf(long height) {
        return manager.blocks().transactionsOf(channel.name(), height);
    }

    @Override
    public Optional<StoredTx> transaction(String hash) {
        return manager.transactions().transaction(channel.name(), hash);
    }

    @Override
    public Optional<String> result(String hash) {
        return manager.transactions().result(channel.name(), hash);
    }

    @Override
    public CompletableFuture<BigInteger> balance(IconAddress address) {
        return manager.balance(channel, address);
    }

    @Override
    public Optional<IconAddress> scoreAddress() {
        ScoreBinding score = manager.score(channel.name());
        return score.hasScore()
                ? Optional.of(IconAddress.parse("score", ScoreAddresses.scoreAddress(channel.name(), score.pinned().id())))
                : Optional.empty();
    }

    @Override
    public CompletableFuture<QueryOutcome> query(String method, Map<String, Object> params) {
        return manager.query(channel, method, params);
    }

    @Override
    public Optional<List<Map<String, Object>>> scoreApi() {
        ScoreBinding score = manager.score(channel.name());
        return score.ready() ? Optional.of(ScoreApi.of(score.code())) : Optional.empty();
    }

    @Override
    public boolean isDeployed(IconAddress address) {
        return manager.contracts().exists(channel.name(), address.toString());
    }

    @Override
    public CompletableFuture<QueryOutcome> query(IconAddress address, String method, Map<String, Object> params) {
        return manager.query(channel, address, method, params);
    }

    @Override
    public Optional<List<Map<String, Object>>> scoreApi(IconAddress address) {
        return manager.contracts().api(channel.name(), address.toString());
    }

    @Override
    public CompletableFuture<Transaction> submit(V3Transaction tx) {
        manager.refusesSubmissions(channel.name()).ifPresent(m -> {
            throw new RpcError(RpcError.INVALID_REQUEST, m);
        });
        return manager.submit(channel, tx);
    }
}
