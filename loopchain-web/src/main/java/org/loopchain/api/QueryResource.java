package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.channel.Channel;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.host.ScoreBinding;
import org.loopchain.score.host.ScoreCallCheck;
import org.loopchain.score.host.ScoreCalls;

/**
 * {@code POST /api/v1/query}: runs a read-only method of the channel's SCORE on its committed state,
 * without a transaction. Body {@code {"method": "balanceOf", "params": {"_owner": "hx…"}}}; the
 * channel is the {@code channel} query parameter or body field, else the default channel.
 */
@Path("query")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueryResource {

    private static final Logger LOG = Logger.getLogger(QueryResource.class.getName());

    @Inject
    private Channels channels;
    @Inject
    private RequestBodies bodies;

    @POST
    @Consumes(MediaType.WILDCARD)
    public void query(@QueryParam("channel") String channelParam, InputStream body, @Suspended AsyncResponse async) {
        try {
            Map<String, Object> request = bodies.jsonObject(body, (status, m) -> error(status, ResponseCodes.FAIL_VALIDATE_PARAMS, m));
            Channel channel = channels.resolve(
                    Channels.named(channelParam, request, m -> error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, m)),
                    m -> error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
            ScoreCalls.Call call = call(request);
            ScoreBinding binding = channels.manager().score(channel.name());
            if (!binding.hasScore()) {
                throw error(400, ResponseCodes.NO_SCORE, "this channel runs no SCORE");
            }
            if (!binding.ready()) {
                throw error(503, ResponseCodes.SCORE_NOT_READY, binding.message());
            }
            ScoreCallCheck.methodProblem(binding.code().externalMethods(), call, true).ifPresent(m -> {
                throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, m);
            });
            channels.manager().query(channel, call.method(), call.params())
                    .whenComplete((outcome, failure) -> {
                        if (failure != null) {
                            LOG.log(Level.WARNING, "a SCORE query on channel " + channel.name() + " failed", failure);
                            async.resume(error(503, ResponseCodes.SCORE_NOT_READY, "the query could not run"));
                        } else if (outcome.code() == 0) {
                            async.resume(Replies.ok(map("response_code", 0, "response", outcome.result())));
                        } else {
                            async.resume(failed(outcome));
                        }
                    });
        } catch (ApiException e) {
            async.resume(e);
        }
    }

    private static ScoreCalls.Call call(Map<String, Object> request) {
        Optional<String> malformed = ScoreCalls.malformed(request);
        if (malformed.isPresent()) {
            throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, malformed.get());
        }
        return ScoreCalls.of(request).orElseThrow(() -> error(400, ResponseCodes.FAIL_VALIDATE_PARAMS,
                "the body must name a \"method\" (and its \"params\" object)"));
    }

    private static ApiException failed(QueryOutcome outcome) {
        boolean callersFault = outcome.code() == 3 || outcome.code() == 5 || outcome.code() == 6;
        return new ApiException(400, map("response_code", callersFault ? ResponseCodes.FAIL_VALIDATE_PARAMS
                : ResponseCodes.SCORE_FAILED, "response", map("code", outcome.code(), "message", outcome.message())),
                outcome.message());
    }

    private static ApiException error(int status, int code, String message) {
        return new ApiException(status, map("response_code", code, "response", map("message", message)), message);
    }
}
