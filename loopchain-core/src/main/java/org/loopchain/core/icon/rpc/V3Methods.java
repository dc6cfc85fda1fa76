package org.loopchain.core.icon.rpc;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.loopchain.channel.StoredTx;
import org.loopchain.coin.V3Outcome;
import org.loopchain.core.block.Block;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconFormatException;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.rpc.RpcRequest.Body;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreArchive;
import org.loopchain.score.engine.ScoreRejectedException;

/**
 * ICON's v3 methods on one channel. Reads are answered from the store; {@code icx_sendTransaction}
 * parses the params strictly ({@link V3Transaction#parse}), applies the channel's admission rules,
 * refuses a hash already stored, and answers the hash once the transaction is durable. A v3
 * transaction here moves coin, carries a message, or calls the channel's SCORE ({@code dataType}
 * {@code call} to its {@code cx} address, with {@code value} for a payable method), deploys an ICON
 * Java contract ({@code dataType} {@code deploy}, {@code contentType} {@code application/java}, to
 * {@link #INSTALL_ADDRESS}, or to a deployed contract's address to update it), or calls a contract
 * deployed so; any other {@code cx} recipient is
 * refused (-32602). {@code icx_call} runs a read-only method of the channel's SCORE or of a
 * deployed contract; a failure of the contract is -32100 with its result code.
 */
public final class V3Methods {

    /** ICON's address of a new contract's deploy (the governance address {@code cx000…0}). */
    public static final String INSTALL_ADDRESS = ScoreAddresses.INSTALL_ADDRESS;

    private final V3Chain chain;

    public V3Methods(V3Chain chain) {
        this.chain = chain;
    }

    /** The replies to a body's requests, in order (a batch's errors per element); never fails. */
    public CompletableFuture<List<Map<String, Object>>> answer(Body body) {
        List<CompletableFuture<Map<String, Object>>> replies = body.elements().stream().map(this::answer).toList();
        return CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new))
                .thenApply(v -> replies.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<Map<String, Object>> answer(Object element) {
        RpcRequest request;
        try {
            request = RpcRequest.of(element);
        } catch (RpcError e) {
            return CompletableFuture.completedFuture(RpcRequest.error(RpcRequest.idOf(element), e));
        }
        CompletableFuture<Object> result;
        try {
            result = call(request.method(), request.params());
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        return result.handle((r, failure) -> failure == null ? request.reply(r) : RpcRequest.error(request.id(), rpcError(failure)));
    }

    private static RpcError rpcError(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof RpcError e) {
            return e;
        }
        if (cause instanceof IconFormatException e) {
            return RpcError.invalidParams(e.getMessage());
        }
        return new RpcError(RpcError.SERVER_ERROR, "Server error: " + cause.getMessage());
    }

    CompletableFuture<Object> call(String method, Map<String, Object> params) {
        return switch (method) {
            case "icx_sendTransaction" -> send(params);
            case "icx_getTransactionResult" -> done(result(params));
            case "icx_getTransactionByHash" -> done(transaction(params));
            case "icx_getLastBlock" -> done(lastBlock(params));
            case "icx_getBlockByHeight" -> done(blockByHeight(params));
            case "icx_getBlockByHash" -> done(blockByHash(params));
            case "icx_getBalance" -> balance(params);
            case "icx_call" -> query(params);
            case "icx_getScoreApi" -> done(scoreApi(params));
            case "icx_getTotalSupply" -> done(totalSupply(params));
            case "debug_estimateStep" -> done(estimateStep(params));
            default -> throw new RpcError(RpcError.METHOD_NOT_FOUND, "Method not found: " + RpcValues.clip(method));
        };
    }

    private CompletableFuture<Object> send(Map<String, Object> params) {
        V3Transaction tx = V3Transaction.parse(params);
        boolean call = "call".equals(tx.dataType());
        if ("deploy".equals(tx.dataType())) {
            checkDeploy(tx);
        } else if (call || tx.to().contract()) {
            requireScore(tx.to());
            if (!call) {
                throw RpcError.invalidParams("a transaction to the SCORE " + tx.to() + " must be dataType call");
            }
        }
        chain.admission().refusal(tx).ifPresent(r -> {
            throw RpcError.invalidParams(r);
        });
        if (chain.transaction(tx.hash().hex()).isPresent()) {
            throw new RpcError(RpcError.SERVER_ERROR, "Duplicated transaction: " + tx.hash());
        }
        return chain.submit(tx).thenApply(stored -> V3Forms.hash(stored.hash()));
    }

    /**
     * Refuses (-32602) a deploy this node cannot run: to another address than {@link #INSTALL_ADDRESS}
     * (a new contract) or a deployed contract's (an update, which only its owner may make: checked
     * when its block runs, where the owner is known for that block), a Python SCORE
     * ({@code application/zip}), or content that is not a jar naming its contract class. The
     * contract's code is checked when its block runs (a rejected one fails there, with the reasons).
     */
    private void checkDeploy(V3Transaction tx) {
        if (!INSTALL_ADDRESS.equals(tx.to().toString()) && !chain.isDeployed(tx.to())) {
            throw RpcError.invalidParams("a deploy goes to " + INSTALL_ADDRESS + " (a new contract) or to a deployed contract"
                    + " (an update by its owner); " + tx.to() + " is neither");
        }
        Map<?, ?> data = (Map<?, ?>) tx.data();
        if (!"application/java".equals(data.get("contentType"))) {
            throw RpcError.invalidParams("contentType " + data.get("contentType")
                    + " (a Python SCORE) is not supported: deploy an ICON Java SCORE jar as application/java");
        }
        try {
            ScoreArchive.readDeployed(Hex.decode(((String) data.get("content")).substring(2)), INSTALL_ADDRESS);
        } catch (ScoreRejectedException | IllegalArgumentException e) {
            throw RpcError.invalidParams("data.content is not a contract jar: " + e.getMessage());
        }
    }

    /** Whether {@code to} is the channel's SCORE (true) or a deployed contract (false); refuses (-32602) any other address. */
    private boolean requireScore(IconAddress to) {
        Optional<IconAddress> score = chain.scoreAddress();
        if (score.isPresent() && score.get().equals(to)) {
            return true;
        }
        if (chain.isDeployed(to)) {
            return false;
        }
        throw RpcError.invalidParams("Contract not found: " + to + (score.isEmpty() ? " (the channel runs no SCORE)"
                : " (the channel's SCORE is " + score.get() + ")"));
    }

    private CompletableFuture<Object> query(Map<String, Object> params) {
        RpcValues.only(params, Set.of("from", "to", "dataType", "data"));
        if (params.containsKey("from")) {
            RpcValues.address(params, "from");
        }
        IconAddress to = RpcValues.address(params, "to");
        boolean channelScore = requireScore(to);
        if (!"call".equals(params.get("dataType"))) {
            throw RpcError.invalidParams("dataType must be \"call\"");
        }
        if (!(params.get("data") instanceof Map<?, ?> data) || !(data.get("method") instanceof String method) || method.isEmpty()) {
            throw RpcError.invalidParams("data must be an object with a non-empty method");
        }
        if (data.get("params") != null && !(data.get("params") instanceof Map<?, ?>)) {
            throw RpcError.invalidParams("data.params must be an object");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        if (data.get("params") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> args.put(String.valueOf(k), v));
        }
        return (channelScore ? chain.query(method, args) : chain.query(to, method, args)).thenApply(outcome -> {
            if (outcome.code() != 0) {
                throw new RpcError(RpcError.SCORE_ERROR, "SCORE error " + IconHex.format(BigInteger.valueOf(outcome.code()))
                        + ": " + outcome.message());
            }
            return outcome.result();
        });
    }

    private Object scoreApi(Map<String, Object> params) {
        RpcValues.only(params, Set.of("address"));
        IconAddress address = RpcValues.address(params, "address");
        if (!requireScore(address)) {
            return chain.scoreApi(address).orElseThrow(() -> RpcError.invalidParams("Contract not found: " + address));
        }
        return chain.scoreApi().orElseThrow(() -> new RpcError(RpcError.SERVER_ERROR,
                "this peer does not hold the SCORE's archive yet; ask again shortly"));
    }

    private Object result(Map<String, Object> params) {
        RpcValues.only(params, Set.of("txHash"));
        StoredTx stored = stored(RpcValues.hash(params, "txHash"));
        if (stored.pending()) {
            throw RpcError.invalidParams("Pending transaction");
        }
        Block block = blockOf(stored);
        int index = block.txHashes().indexOf(stored.tx().hash());
        return V3Forms.result(stored.tx(), block, index, chain.result(stored.tx().hash()).orElse(null));
    }

    private Object transaction(Map<String, Object> params) {
        RpcValues.only(params, Set.of("txHash"));
        StoredTx stored = stored(RpcValues.hash(params, "txHash"));
        if (stored.pending()) {
            return V3Forms.tx(stored.tx(), null, 0);
        }
        Block block = blockOf(stored);
        return V3Forms.tx(stored.tx(), block, block.txHashes().indexOf(stored.tx().hash()));
    }

    private StoredTx stored(String hash) {
        return chain.transaction(hash).orElseThrow(() -> RpcError.invalidParams("Invalid params txHash: no transaction 0x" + hash));
    }

    private Block blockOf(StoredTx stored) {
        long height = stored.blockHeight().getAsLong();
        return chain.blockByHeight(height).orElseThrow(() -> new RpcError(RpcError.INTERNAL_ERROR, "block " + height + " not found"));
    }

    private Object lastBlock(Map<String, Object> params) {
        RpcValues.only(params, Set.of());
        return block(chain.lastBlock(), "no block yet");
    }

    private Object blockByHeight(Map<String, Object> params) {
        RpcValues.only(params, Set.of("height"));
        long height = RpcValues.height(params, "height");
        return block(chain.blockByHeight(height), "Invalid params height: no block at " + IconHex.format(BigInteger.valueOf(height)));
    }

    private Object blockByHash(Map<String, Object> params) {
        RpcValues.only(params, Set.of("hash"));
        String hash = RpcValues.hash(params, "hash");
        return block(chain.blockByHash(hash), "Invalid params hash: no block 0x" + hash);
    }

    private Object block(Optional<Block> block, String missing) {
        Block b = block.orElseThrow(() -> RpcError.invalidParams(missing));
        return V3Forms.block(b, chain.transactionsOf(b.height()));
    }

    private CompletableFuture<Object> balance(Map<String, Object> params) {
        RpcValues.only(params, Set.of("address"));
        return chain.balance(RpcValues.address(params, "address")).thenApply(IconHex::format);
    }

    private Object totalSupply(Map<String, Object> params) {
        RpcValues.only(params, Set.of());
        return IconHex.format(chain.coin().totalSupply());
    }

    /** The steps of a transaction without {@code stepLimit} and {@code signature}, as goloop's estimate. */
    private Object estimateStep(Map<String, Object> params) {
        for (String field : List.of("version", "from", "to", "timestamp")) {
            RpcValues.required(params, field);
        }
        for (String key : params.keySet()) {
            if (!V3Transaction.FIELDS.contains(key) || key.equals("signature") || key.equals("stepLimit")) {
                throw RpcError.invalidParams("unknown param \"" + RpcValues.clip(key) + "\"");
            }
        }
        RpcValues.address(params, "from");
        RpcValues.address(params, "to");
        return IconHex.format(V3Outcome.steps(params.get("data")));
    }

    private static CompletableFuture<Object> done(Object value) {
        return CompletableFuture.completedFuture(value);
    }
}
