package org.loopchain.api.rs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.loopchain.api.ApiException;
import org.loopchain.api.RequestBodies;
import org.loopchain.api.ResponseCodes;
import org.loopchain.core.json.Json;
import org.loopchain.proxy.Forwarded;
import org.loopchain.proxy.HopHeaders;
import org.loopchain.proxy.PeerChoice;
import org.loopchain.proxy.ProxyPath;
import org.loopchain.proxy.ProxyRequest;
import org.loopchain.proxy.Target;
import org.loopchain.radiostation.RadioStation;
import org.loopchain.radiostation.Refusal;

/**
 * {@code /api/v1/proxy} of the Radio Station: one endpoint through which a client reaches the peers.
 * {@code GET|POST proxy/{peer_id}/{path}} forwards to that registered peer's {@code /api/v1/{path}};
 * {@code POST proxy/transactions} and {@code GET proxy/transactions[/result]} go to the online
 * validators of the channel in turn, the next one when a peer fails ({@link org.loopchain.proxy.Failover}).
 * The peer's status and body come back unchanged. The proxy's own refusals are
 * {@code {"response_code": N, "message": …}}, or for a submission the transaction endpoint's
 * {@code {"response_code": "N", "tx_hash": "", "more_info": …}}. Peers' addresses come from the
 * registry only.
 */
@Path("proxy")
@ApplicationScoped
public class ProxyResource {

    private static final String TRANSACTIONS = "transactions";

    @Inject
    private RadioStations stations;
    @Inject
    private RequestBodies bodies;
    @Inject
    private PeerProxy proxy;

    @POST
    @Path(TRANSACTIONS)
    @Consumes(MediaType.WILDCARD)
    public void submit(@QueryParam("channel") String channel, InputStream body, @Context HttpHeaders headers,
            @Context HttpServletRequest http, @Suspended AsyncResponse async) {
        serve(async, true, () -> {
            stations.active();
            ProxyRequest request = request("POST", TRANSACTIONS, http, headers, body, true);
            return toAny(channel != null ? channel : bodyChannel(request.body()), request, true);
        });
    }

    @GET
    @Path(TRANSACTIONS)
    public void transaction(@QueryParam("channel") String channel, @Context HttpHeaders headers,
            @Context HttpServletRequest http, @Suspended AsyncResponse async) {
        serve(async, false, () -> {
            stations.active();
            return toAny(channel, request("GET", TRANSACTIONS, http, headers, null, false), false);
        });
    }

    @GET
    @Path(TRANSACTIONS + "/result")
    public void result(@QueryParam("channel") String channel, @Context HttpHeaders headers,
            @Context HttpServletRequest http, @Suspended AsyncResponse async) {
        serve(async, false, () -> {
            stations.active();
            return toAny(channel, request("GET", TRANSACTIONS + "/result", http, headers, null, false), false);
        });
    }

    @GET
    @Path("{peer_id}/{path: .+}")
    public void get(@Encoded @PathParam("peer_id") String peerId, @Encoded @PathParam("path") String path,
            @QueryParam("channel") String channel, @Context HttpHeaders headers, @Context HttpServletRequest http,
            @Suspended AsyncResponse async) {
        serve(async, false, () -> {
            Target peer = peer(peerId, channel, false);
            return toPeer(peer, request("GET", path, http, headers, null, false), false);
        });
    }

    @POST
    @Path("{peer_id}/{path: .+}")
    @Consumes(MediaType.WILDCARD)
    public void post(@Encoded @PathParam("peer_id") String peerId, @Encoded @PathParam("path") String path,
            @QueryParam("channel") String channel, InputStream body, @Context HttpHeaders headers,
            @Context HttpServletRequest http, @Suspended AsyncResponse async) {
        boolean submission = TRANSACTIONS.equals(path);
        serve(async, submission, () -> {
            Target peer = peer(peerId, channel, submission);
            return toPeer(peer, request("POST", path, http, headers, body, submission), submission);
        });
    }

    private CompletableFuture<Response> toPeer(Target peer, ProxyRequest request, boolean submission) {
        return proxy.toPeer(peer, request).thenApply(f -> reply(f, submission));
    }

    private CompletableFuture<Response> toAny(String channelParam, ProxyRequest request, boolean submission) {
        RadioStation rs = stations.active();
        String channel = channelParam == null || channelParam.isEmpty() ? rs.defaultChannel() : channelParam;
        if (!rs.hasChannel(channel)) {
            throw error(submission, Refusal.UNKNOWN_CHANNEL.httpStatus(), Refusal.UNKNOWN_CHANNEL.responseCode(),
                    "unknown channel: " + RsReplies.clip(channel));
        }
        List<Target> takers = PeerChoice.takers(rs.peers(channel));
        if (takers.isEmpty()) {
            throw error(submission, 503, ResponseCodes.PROXY_NO_PEER, "no online validator of channel " + channel
                    + " to forward to, try again");
        }
        return proxy.toAny(takers, request).thenApply(f -> reply(f, submission));
    }

    /** The registered peer, or 404 with loopchain's {@code fail_no_peer_info_in_rs} (-800). */
    private Target peer(String peerId, String channel, boolean submission) {
        RadioStation rs = stations.active();
        return PeerChoice.byId(peerId, channel == null || channel.isEmpty() ? rs.defaultChannel() : channel, rs.channels(), rs::peers)
                .orElseThrow(() -> error(submission, Refusal.UNKNOWN_PEER.httpStatus(), Refusal.UNKNOWN_PEER.responseCode(),
                        "no registered peer " + RsReplies.clip(peerId) + " to forward to"));
    }

    /** The request to forward, or 400 for a path, query or headers the proxy does not forward, 413 for a body over the limit. */
    private ProxyRequest request(String method, String path, HttpServletRequest http, HttpHeaders headers, InputStream body,
            boolean submission) {
        String query = http.getQueryString();
        ProxyPath.problem(path).or(() -> ProxyPath.queryProblem(query)).or(() -> HopHeaders.abuse(headers.getRequestHeaders()))
                .ifPresent(p -> {
                    throw error(submission, 400, ResponseCodes.FAIL_VALIDATE_PARAMS, p);
                });
        byte[] bytes = body == null ? new byte[0] : bodies.bytes(body, (status, m) -> error(submission, status,
                ResponseCodes.FAIL_VALIDATE_PARAMS, m));
        return new ProxyRequest(method, path, query, HopHeaders.endToEnd(headers.getRequestHeaders()), bytes);
    }

    private Response reply(Forwarded f, boolean submission) {
        if (f.answered() && f.status() >= 200 && f.status() <= 599) {
            Response.ResponseBuilder r = Response.status(f.status()).entity(f.body());
            return f.contentType() == null ? r.build() : r.header(HttpHeaders.CONTENT_TYPE, f.contentType()).build();
        }
        ApiException e = f.failure() == Forwarded.Failure.TIMEOUT
                ? error(submission, 504, ResponseCodes.PROXY_PEER_TIMEOUT, "peer " + f.peerId() + " did not answer within "
                        + proxy.timeoutText() + " (PROXY_TIMEOUT)")
                : error(submission, 502, ResponseCodes.PROXY_PEER_UNREACHABLE, "peer " + f.peerId() + " gave no answer: "
                        + (f.answered() ? "HTTP status " + f.status() : f.detail()));
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(Json.pyDumps(e.body()))
                .build();
    }

    private static void serve(AsyncResponse async, boolean submission, Supplier<CompletableFuture<Response>> work) {
        try {
            work.get().whenComplete((response, failure) -> async.resume(failure == null ? response
                    : error(submission, 503, ResponseCodes.FAIL_CREATE_TX, "the proxy could not serve this request now")));
        } catch (RuntimeException e) { // an ApiException is the refusal; anything else the mappers answer 503
            async.resume(e);
        }
    }

    /** A top-level {@code "channel"} string of a JSON body, as a peer reads it; null when there is none. */
    static String bodyChannel(byte[] body) {
        try {
            return Json.parse(new String(body, StandardCharsets.UTF_8)) instanceof Map<?, ?> m && m.get("channel") instanceof String c
                    ? c : null;
        } catch (RuntimeException e) {
            return null; // the peer answers the malformed body itself
        }
    }

    private static ApiException error(boolean submission, int status, int code, String message) {
        return submission
                ? new ApiException(status, RsReplies.map("response_code", String.valueOf(code), "tx_hash", "", "more_info", message), message)
                : RsReplies.error(status, code, message);
    }
}
