package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.loopchain.api.TransactionSubmissions.Reply;
import org.loopchain.channel.Channel;
import org.loopchain.core.tx.SignedConfig;

/**
 * A {@code POST} of a signed configuration (a SCORE configuration, a validator change), whichever its
 * {@link Kind}: reads the body, finds and parses the configuration, refuses it when the request names
 * another channel or this peer audits the channel, lets the kind check it as every peer will when its
 * block commits, and submits it as a transaction. The reply comes once the transaction is durable; a
 * refusal has its reply ready, in the submission shape {@code {"response_code", "tx_hash": "",
 * "more_info"}}, and nothing is stored.
 */
@ApplicationScoped
public class SignedConfigSubmission {

    private static final Logger LOG = Logger.getLogger(SignedConfigSubmission.class.getName());

    /** What sets one kind of signed configuration apart. */
    public interface Kind<C extends SignedConfig> {

        /**
         * The configuration of a request body; an {@link IllegalArgumentException} says what is wrong (a body
         * of another shape, a malformed configuration).
         */
        C read(Map<String, Object> request);

        /** What the answers call a configuration of this kind ("configuration", "change"). */
        String noun();

        /** Throws the endpoint's {@link ApiException} if {@code channel} would not apply the configuration. */
        void check(C config, Channel channel);

        /** The configuration as the log names it. */
        String describe(C config);

        /** The {@code more_info} of an accepted configuration: when it takes effect. */
        String takesEffect();
    }

    @Inject
    private Channels channels;
    @Inject
    private RequestBodies bodies;

    public <C extends SignedConfig> CompletableFuture<Reply> submit(String channelParam, InputStream body, Kind<C> kind) {
        try {
            C config = config(body, kind);
            Channel channel = channel(channelParam, config.channel(), kind.noun());
            kind.check(config, channel);
            return channels.manager().submit(channel, config.toJson()).handle((tx, failure) -> {
                if (failure != null) {
                    return reply(error(503, ResponseCodes.FAIL_CREATE_TX, "the " + kind.noun() + " was not accepted, try again: "
                            + failure.getMessage()));
                }
                LOG.info(() -> "channel " + channel.name() + ": " + kind.describe(config) + " submitted as tx " + tx.hash());
                return new Reply(200, map("response_code", "0", "tx_hash", tx.hash(), "more_info", kind.takesEffect()));
            });
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(reply(e));
        }
    }

    private <C extends SignedConfig> C config(InputStream body, Kind<C> kind) {
        Map<String, Object> request = bodies.jsonObject(body, (status, m) -> error(status, ResponseCodes.FAIL_VALIDATE_PARAMS, m));
        try {
            return kind.read(request);
        } catch (IllegalArgumentException e) {
            throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, e.getMessage());
        }
    }

    /** The configuration's channel, unless the request names another, this peer serves none such or audits it. */
    private Channel channel(String channelParam, String configChannel, String noun) {
        if (channelParam != null && !channelParam.isEmpty() && !channelParam.equals(configChannel)) {
            throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, "the " + noun + " is for channel " + configChannel
                    + ", the request names " + channelParam);
        }
        Channel channel = channels.resolve(configChannel, m -> error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        channels.manager().refusesSubmissions(channel.name()).ifPresent(m -> {
            throw error(403, ResponseCodes.AUDIT_PEER, m);
        });
        return channel;
    }

    private static Reply reply(ApiException e) {
        return new Reply(e.status(), e.body());
    }

    /** An error in the submission shape, which the configuration resources answer on every request. */
    static ApiException error(int status, int code, String message) {
        return new ApiException(status, map("response_code", String.valueOf(code), "tx_hash", "", "more_info", message), message);
    }
}
