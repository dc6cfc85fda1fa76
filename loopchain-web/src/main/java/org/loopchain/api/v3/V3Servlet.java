package org.loopchain.api.v3;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.api.ApiException;
import org.loopchain.api.Channels;
import org.loopchain.api.CorsFilter;
import org.loopchain.api.Responders;
import org.loopchain.channel.Channel;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.icon.rpc.RpcError;
import org.loopchain.core.icon.rpc.RpcRequest;
import org.loopchain.core.icon.rpc.V3Methods;
import org.loopchain.core.json.Json;

/**
 * {@code POST /api/v3} and {@code /api/v3/{channel}} (and {@code /api/v3d}, where ICON's SDKs send {@code debug_}
 * methods): reads a JSON-RPC body (at most
 * {@link #MAX_BODY_BYTES}), runs it on the channel ({@link V3Methods}) and writes the reply. A single
 * request that fails is answered with its error's HTTP status (400 for a bad request), a batch with
 * 200 and an error per element, as ICON's nodes do. Nothing here throws to the container.
 */
@WebServlet(urlPatterns = {"/api/v3", "/api/v3/*", "/api/v3d", "/api/v3d/*"}, asyncSupported = true)
public class V3Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(V3Servlet.class.getName());
    /** Largest body: room for one transaction with goloop's 512 KiB of data, or a batch. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long TIMEOUT_MILLIS = 60_000;

    @Inject
    private transient Channels channels;
    @Inject
    private transient Responders responders;
    @EJB
    private transient NodeIdentity node;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            write(response, 405, RpcRequest.error(null, new RpcError(RpcError.INVALID_REQUEST, "use POST")));
            return;
        }
        Channel channel;
        RpcRequest.Body body;
        try {
            channel = channel(request.getPathInfo());
            body = RpcRequest.body(text(request));
        } catch (RpcError e) {
            write(response, e.httpStatus(), RpcRequest.error(null, e));
            return;
        } catch (ApiException e) {
            write(response, 404, RpcRequest.error(null, new RpcError(RpcError.INVALID_REQUEST, e.getMessage())));
            return;
        }
        Duration boundary = Duration.ofSeconds(node.config().get(ConfigKeys.Http.TIMESTAMP_BOUNDARY_SECOND));
        AsyncContext async = request.startAsync();
        async.setTimeout(TIMEOUT_MILLIS);
        AtomicBoolean answered = new AtomicBoolean();
        new V3Methods(new NodeV3Chain(channels.manager(), channel, boundary)).answer(body)
                .whenCompleteAsync((replies, failure) -> answer(async, answered, body.batch(), replies), responders.executor());
    }

    private Channel channel(String pathInfo) {
        String name = pathInfo == null || pathInfo.equals("/") ? null : pathInfo.substring(1);
        return channels.resolve(name, m -> new ApiException(404, Map.of(), m));
    }

    private static String text(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new RpcError(RpcError.INVALID_REQUEST, "the request body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RpcError(RpcError.PARSE_ERROR, "Parse error: the body is not UTF-8");
        }
    }

    private static void answer(AsyncContext async, AtomicBoolean answered, boolean batch, List<Map<String, Object>> replies) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            if (batch) {
                write(response, 200, replies);
            } else {
                Map<String, Object> reply = replies.get(0);
                write(response, reply.get("error") instanceof Map<?, ?> e ? new RpcError(((Number) e.get("code")).intValue(), "")
                        .httpStatus() : 200, reply);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not answer a v3 request (client gone?)", e);
        } finally {
            async.complete();
        }
    }

    private static void write(HttpServletResponse response, int status, Object reply) throws IOException {
        byte[] bytes = Json.pyDumps(reply).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        CorsFilter.headers(true).forEach(response::setHeader);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
