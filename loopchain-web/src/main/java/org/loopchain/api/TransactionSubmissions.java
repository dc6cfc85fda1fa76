package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.channel.Channel;
import org.loopchain.score.host.ScoreCallCheck;

/**
 * {@code POST /api/v1/transactions}: builds, signs and stores a v1 transaction from any JSON object.
 * The channel is the {@code channel} query parameter, else a top-level {@code "channel"} string in the
 * body, else the default channel. The whole body is the transaction's data. The reply comes once the
 * transaction is durable; a request refused at once has its reply ready.
 */
@ApplicationScoped
public class TransactionSubmissions {

    private static final Logger LOG = Logger.getLogger(TransactionSubmissions.class.getName());

    /** A reply: HTTP status and JSON body. */
    public record Reply(int status, Map<String, Object> body) {
    }

    @Inject
    private Channels channels;
    @Inject
    private RequestBodies bodies;

    public CompletableFuture<Reply> submit(String channelParam, InputStream body) {
        try {
            Map<String, Object> request = bodies.jsonObject(body, TransactionSubmissions::error);
            String channelName = Channels.named(channelParam, request, m -> error(400, m));
            Channel channel = channels.resolve(channelName, m -> error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
            channels.manager().refusesSubmissions(channel.name()).ifPresent(m -> {
                throw error(403, ResponseCodes.AUDIT_PEER, m);
            });
            ScoreCallCheck.problem(channels.manager().score(channel.name()), request).ifPresent(p -> {
                throw error(400, p.kind() == ScoreCallCheck.Kind.NO_SCORE ? ResponseCodes.NO_SCORE
                        : ResponseCodes.FAIL_VALIDATE_PARAMS, p.message());
            });
            return channels.manager().submit(channel, request).handle((tx, failure) -> failure == null
                    ? new Reply(200, map("response_code", "0", "tx_hash", tx.hash(), "more_info", ""))
                    : refusal(503, ResponseCodes.FAIL_CREATE_TX,
                            "the transaction was not accepted, try again: " + failure.getMessage()));
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(new Reply(e.status(), e.body()));
        } catch (RuntimeException | Error e) { // 503 as elsewhere in the API (UnexpectedExceptionMapper), in this shape;
            // an Error too (a StackOverflowError, a class that failed to load): past here it became the container's 500
            LOG.log(Level.WARNING, "transaction submission failed", e);
            return CompletableFuture.completedFuture(refusal(503, ResponseCodes.FAIL_CREATE_TX,
                    "the node could not serve this request now: " + e.getClass().getSimpleName()));
        }
    }

    /** A refusal in this endpoint's shape. */
    static Reply refusal(int status, int code, String message) {
        ApiException e = error(status, code, message);
        return new Reply(e.status(), e.body());
    }

    private static ApiException error(int status, int code, String message) {
        return new ApiException(status, map("response_code", String.valueOf(code), "tx_hash", "", "more_info", message),
                message);
    }

    private static ApiException error(int status, String message) {
        return error(status, ResponseCodes.FAIL_VALIDATE_PARAMS, message);
    }
}
