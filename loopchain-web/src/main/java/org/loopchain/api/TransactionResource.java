package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loopchain.channel.Channel;
import org.loopchain.channel.StoredTx;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;

/**
 * {@code /api/v1/transactions}: read a transaction back, read its result. Submissions (POST) are served
 * ahead of JAX-RS by {@link TransactionSubmitFilter}.
 */
@Path("transactions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransactionResource {

    @Inject
    private Channels channels;

    @GET
    public Response get(@QueryParam("hash") String hashParam, @QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> txError(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        String hash = Channels.hash(hashParam, m -> txError(400, ResponseCodes.FAIL_VALIDATE_PARAMS, m));
        StoredTx stored = channels.manager().transactions().transaction(channel.name(), hash)
                .orElseThrow(() -> txError(404, ResponseCodes.FAIL, "no transaction " + hash + " in channel " + channel.name()));
        Transaction tx = stored.tx();
        return Replies.ok(map("response_code", 0, "data", Json.parse(tx.data()), "meta", tx.meta().asMap(),
                "more_info", "success", "signature", tx.signature(), "public_key", tx.publicKey()));
    }

    @GET
    @Path("result")
    public Response result(@QueryParam("hash") String hashParam, @QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> resultError(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        String hash = Channels.hash(hashParam, m -> resultError(400, ResponseCodes.FAIL_VALIDATE_PARAMS, m));
        StoredTx stored = channels.manager().transactions().transaction(channel.name(), hash)
                .orElseThrow(() -> resultError(404, ResponseCodes.FAIL, "no transaction " + hash + " in channel " + channel.name()));
        if (stored.pending()) {
            return Replies.ok(map("response_code", String.valueOf(ResponseCodes.PENDING), "response",
                    map("code", ResponseCodes.PENDING, "message", "pending: acknowledged, not in a block yet",
                            "jsonrpc", "2.0")));
        }
        long height = stored.blockHeight().getAsLong();
        Optional<String> scoreResult = channels.manager().transactions().result(channel.name(), hash);
        if (scoreResult.isPresent()) {
            Map<String, Object> response = new LinkedHashMap<>(map("jsonrpc", "2.0", "block_height", height));
            ((Map<?, ?>) Json.parse(scoreResult.get())).forEach((k, v) -> response.put((String) k, v));
            return Replies.ok(map("response_code", "0", "response", response));
        }
        return Replies.ok(map("response_code", "0", "response",
                map("code", 0, "jsonrpc", "2.0", "block_height", height)));
    }

    private static ApiException txError(int status, int code, String message) {
        return new ApiException(status, map("response_code", code, "data", "", "meta", "", "more_info", message,
                "signature", "", "public_key", ""), message);
    }

    private static ApiException resultError(int status, int code, String message) {
        return new ApiException(status, map("response_code", String.valueOf(code), "response",
                map("code", code, "message", message, "jsonrpc", "2.0")), message);
    }
}
