package org.loopchain.api;

import static org.loopchain.api.Replies.map;
import static org.loopchain.api.SignedConfigSubmission.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.loopchain.channel.Channel;
import org.loopchain.validators.HistoryJson;
import org.loopchain.validators.Refusal;
import org.loopchain.validators.ValidatorConfig;
import org.loopchain.validators.ValidatorHistory;

/**
 * {@code /api/v1/validators}: a channel's validators. {@code POST} takes an admin-signed
 * {@code {"validator_config": {...}}} ({@link ValidatorConfig}), checks it as every peer will when
 * its block commits ({@link ValidatorHistory#refusal}) and submits it as a transaction; it takes
 * effect two heights after the block that commits it. A refused change is answered with a 4xx
 * {@code response_code} and nothing is stored. {@code GET ?channel=} answers the set in effect at
 * the height being decided (or at {@code &height=N}), the changes not in effect yet and every
 * committed change.
 */
@Path("validators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ValidatorResource {

    @Inject
    private Channels channels;
    @Inject
    private SignedConfigSubmission submissions;

    @POST
    @Consumes(MediaType.WILDCARD)
    public void submit(@QueryParam("channel") String channelParam, InputStream body, @Suspended AsyncResponse async) {
        submissions.submit(channelParam, body, new ValidatorConfigs())
                .thenAccept(reply -> async.resume(Replies.json(reply.status(), reply.body())));
    }

    @GET
    public Response validators(@QueryParam("channel") String channelParam, @QueryParam("height") String heightParam) {
        Channel channel = channels.resolve(channelParam, m -> error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        ValidatorHistory history = history(channel);
        long current = channel.status().height() + 1;
        long height = current;
        if (heightParam != null) {
            if (!heightParam.matches("[0-9]{1,18}")) {
                throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, "malformed height (a whole number >= 0 expected)");
            }
            height = Long.parseLong(heightParam);
            if (height > current + ValidatorHistory.DELAY - 1) {
                throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, "height " + height + " is beyond " + (current + 1)
                        + ": its validators are not decided yet");
            }
        }
        Map<String, Object> body = map("response_code", 0);
        body.putAll(HistoryJson.of(history, height, current));
        return Replies.ok(body);
    }

    private static ValidatorHistory history(Channel channel) {
        return channel.validatorHistory().orElseThrow(() -> error(503, ResponseCodes.FAIL_CREATE_TX, "channel "
                + channel.name() + " has not started its consensus yet (waiting for its validators to register)"));
    }

    private static ApiException refusal(Refusal r) {
        return switch (r.kind()) {
            case MALFORMED -> error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, r.message());
            case UNAUTHORIZED -> error(403, ResponseCodes.VALIDATOR_CONFIG_UNAUTHORIZED, r.message());
            case TOO_FEW_SIGNATURES -> error(403, ResponseCodes.VALIDATOR_CONFIG_TOO_FEW_SIGNATURES, r.message());
            case STALE -> error(409, ResponseCodes.VALIDATOR_CONFIG_STALE, r.message());
            case NOT_APPLICABLE -> error(422, ResponseCodes.VALIDATOR_CHANGE_REFUSED, r.message());
        };
    }

    /** Signed by enough of the channel's admins; checked against the channel's validator history. */
    private static final class ValidatorConfigs implements SignedConfigSubmission.Kind<ValidatorConfig> {

        @Override
        public ValidatorConfig read(Map<String, Object> request) {
            return ValidatorConfig.parse(ValidatorConfig.bodyOf(request).orElseThrow(() -> new IllegalArgumentException(
                    "the body must be {\"validator_config\": {...}} signed by the channel's admins")));
        }

        @Override
        public String noun() {
            return "change";
        }

        @Override
        public void check(ValidatorConfig config, Channel channel) {
            history(channel).refusal(config).ifPresent(r -> {
                throw refusal(r);
            });
        }

        @Override
        public String describe(ValidatorConfig config) {
            return "validator change (" + config.describe() + ", sequence " + config.sequence() + ")";
        }

        @Override
        public String takesEffect() {
            return "takes effect " + ValidatorHistory.DELAY + " heights after the block that commits it";
        }
    }
}
