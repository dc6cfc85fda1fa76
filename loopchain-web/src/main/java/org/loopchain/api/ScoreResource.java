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
import org.loopchain.score.host.ScoreCatalog;
import org.loopchain.score.host.ScoreConfig;
import org.loopchain.score.host.ScoreConfigCheck;
import org.loopchain.score.host.ScorePins;

/**
 * {@code /api/v1/scores}: a channel's SCORE pins. {@code POST} takes an operator-signed
 * {@code {"score_config": {...}}} ({@link ScoreConfig}), checks it (signature and operator, sequence,
 * and that this peer holds the named archive and it matches) and submits it as a transaction, ordered
 * by consensus like any other; it takes effect at the height after the block that commits it.
 * A refused configuration is answered with a 4xx {@code response_code} and nothing is stored.
 * {@code GET ?channel=} answers the pin history; with {@code &height=N}, also the pin in effect at
 * N and the result root stored with block N (what this peer executed there).
 */
@Path("scores")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    @Inject
    private Channels channels;
    @Inject
    private SignedConfigSubmission submissions;

    @POST
    @Consumes(MediaType.WILDCARD)
    public void submit(@QueryParam("channel") String channelParam, InputStream body, @Suspended AsyncResponse async) {
        submissions.submit(channelParam, body, new ScoreConfigs())
                .thenAccept(reply -> async.resume(Replies.json(reply.status(), reply.body())));
    }

    @GET
    public Response pins(@QueryParam("channel") String channelParam, @QueryParam("height") String heightParam) {
        Channel channel = channels.resolve(channelParam, m -> error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        ScoreCatalog scores = channels.manager().scores();
        ScorePins pins = scores.pins(channel.name());
        Map<String, Object> body = map("response_code", 0, "channel", channel.name(), "sequence", pins.changes(),
                "genesis", scores.genesis(channel.name()).toJson(), "pins", pins.toJson(),
                "operators", scores.operators(channel.name()));
        if (heightParam != null) {
            if (!heightParam.matches("[0-9]{1,18}")) {
                throw error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, "malformed height (a whole number >= 0 expected)");
            }
            long height = Long.parseLong(heightParam);
            var block = channels.manager().blocks().blockByHeight(channel.name(), height).orElseThrow(() -> error(404,
                    ResponseCodes.WRONG_BLOCK_HASH, "no block at height " + height + " in channel " + channel.name()));
            body.put("height", height);
            body.put("block_hash", block.hash());
            body.put("result_root", block.resultRoot());
            body.put("pin", pins.at(height, scores.genesis(channel.name())).toJson());
        }
        return Replies.ok(body);
    }

    private static ApiException refusal(ScoreConfigCheck.Problem p) {
        return switch (p.kind()) {
            case MALFORMED -> error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, p.message());
            case UNAUTHORIZED -> error(403, ResponseCodes.SCORE_CONFIG_UNAUTHORIZED, p.message());
            case STALE -> error(409, ResponseCodes.SCORE_CONFIG_STALE, p.message());
            case UNAVAILABLE -> error(422, ResponseCodes.SCORE_ARCHIVE_UNAVAILABLE, p.message());
            case MISMATCH -> error(422, ResponseCodes.SCORE_ARCHIVE_MISMATCH, p.message());
        };
    }

    /** Signed by a SCORE operator; this peer must hold the named archive, and it must match. */
    private final class ScoreConfigs implements SignedConfigSubmission.Kind<ScoreConfig> {

        @Override
        public ScoreConfig read(Map<String, Object> request) {
            return ScoreConfig.parse(ScoreConfig.bodyOf(request).orElseThrow(() -> new IllegalArgumentException(
                    "the body must be {\"score_config\": {...}} signed by a SCORE operator")));
        }

        @Override
        public String noun() {
            return "configuration";
        }

        @Override
        public void check(ScoreConfig config, Channel channel) {
            ScoreCatalog scores = channels.manager().scores();
            ScoreConfigCheck.problem(config, scores.operators(channel.name()), scores.pins(channel.name()),
                    scores.genesis(channel.name()), scores.archives()).ifPresent(p -> {
                        throw refusal(p);
                    });
        }

        @Override
        public String describe(ScoreConfig config) {
            return "SCORE configuration " + config.type() + " " + config.scoreId() + " " + config.version()
                    + " from operator " + config.operatorAddress();
        }

        @Override
        public String takesEffect() {
            return "takes effect at the height after the block that commits it";
        }
    }
}
