package org.loopchain.auditapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the identity provider publishes its keys right now: asked when MP-JWT refused a token, so
 * that a caller whose token could not be checked because the provider is down hears 503, not 401.
 * One answer is reused for {@link #REUSE}, so a burst of refusals asks once.
 */
final class IdpProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration REUSE = Duration.ofSeconds(5);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static volatile long checkedAtNanos;
    private static volatile boolean reachable = true;

    private IdpProbe() {
    }

    static boolean reachable(String jwksUrl) {
        long now = System.nanoTime();
        if (checkedAtNanos != 0 && now - checkedAtNanos < REUSE.toNanos()) {
            return reachable;
        }
        boolean up;
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(jwksUrl)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            up = answer.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        reachable = up;
        checkedAtNanos = now;
        return up;
    }
}
