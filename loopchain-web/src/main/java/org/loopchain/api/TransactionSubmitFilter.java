package org.loopchain.api;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.json.Json;

/**
 * Serves {@code POST /api/v1/transactions} as a plain asynchronous servlet request, ahead of JAX-RS:
 * the busiest endpoint spent about as much CPU in JAX-RS's request and asynchronous-response
 * machinery as in signing the transaction. Replies, headers and errors are those of the rest of the
 * API ({@link TransactionSubmissions}); every other method on the path goes on to JAX-RS.
 */
@WebFilter(urlPatterns = "/api/v1/transactions", asyncSupported = true)
public class TransactionSubmitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TransactionSubmitFilter.class.getName());
    /** How long a submission may wait for the journal before it is answered 503. */
    private static final long TIMEOUT_MILLIS = 60_000;

    @Inject
    private transient TransactionSubmissions submissions;
    @Inject
    private transient Responders responders;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String channel;
        try {
            channel = queryParameter(request.getQueryString(), "channel");
        } catch (IllegalArgumentException e) {
            write(response, TransactionSubmissions.refusal(400, ResponseCodes.FAIL_VALIDATE_PARAMS,
                    "malformed query string"));
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(TIMEOUT_MILLIS);
        AtomicBoolean answered = new AtomicBoolean();
        async.addListener(new OnTimeout(async, answered));
        submissions.submit(channel, request.getInputStream())
                .whenCompleteAsync((reply, failure) -> answer(async, answered, failure == null ? reply
                        : TransactionSubmissions.refusal(503, ResponseCodes.FAIL_CREATE_TX,
                                "the transaction was not accepted, try again")), responders.executor());
    }

    private static void answer(AsyncContext async, AtomicBoolean answered, TransactionSubmissions.Reply reply) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        try {
            write((HttpServletResponse) async.getResponse(), reply);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not answer a transaction submission (client gone?)", e);
        } finally {
            async.complete();
        }
    }

    private static void write(HttpServletResponse response, TransactionSubmissions.Reply reply) throws IOException {
        byte[] body = Json.pyDumps(reply.body()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(reply.status());
        response.setContentType("application/json;charset=utf-8");
        CorsFilter.headers(true).forEach(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The first value of {@code name} in a query string, decoded; null if absent. */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Answers 503 if the journal has not answered in time. */
    private record OnTimeout(AsyncContext async, AtomicBoolean answered) implements AsyncListener {

        @Override
        public void onTimeout(AsyncEvent event) {
            answer(async, answered, TransactionSubmissions.refusal(503, ResponseCodes.FAIL_CREATE_TX,
                    "the transaction was not stored in time, try again"));
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
