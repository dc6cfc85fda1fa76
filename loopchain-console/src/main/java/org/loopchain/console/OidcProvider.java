package org.loopchain.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.loopchain.core.json.Json;

/**
 * The console's OpenID Connect provider as its client sees it: the provider's metadata from its
 * discovery document ({@code <issuer>/.well-known/openid-configuration}, which must name the same
 * issuer), its signing keys (kept {@link #KEEP}, fetched again for a key id it does not know, at
 * most once per {@link #REFETCH}), and the token endpoint, where an authorization code and its PKCE
 * verifier become an ID token. Each call to the provider has a bounded timeout; a provider that
 * cannot be reached is an {@link IOException}.
 */
final class OidcProvider {

    /** What the console uses of the discovery document. */
    record Metadata(String authorization, String token, String jwks, String endSession) {
    }

    static final Duration KEEP = Duration.ofMinutes(5);
    static final Duration REFETCH = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final String issuer;
    private Metadata metadata;
    private Instant metadataAt = Instant.EPOCH;
    private Map<String, PublicKey> keys = Map.of();
    private Instant keysAt = Instant.EPOCH;

    OidcProvider(String issuer) {
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }

    synchronized Metadata metadata() throws IOException {
        if (metadata == null || Instant.now().isAfter(metadataAt.plus(KEEP))) {
            Map<?, ?> doc = object(get(issuer + "/.well-known/openid-configuration"), "discovery document");
            if (!issuer.equals(doc.get("issuer"))) {
                throw new IOException("the discovery document of " + issuer + " names the issuer " + doc.get("issuer"));
            }
            metadata = new Metadata(field(doc, "authorization_endpoint"), field(doc, "token_endpoint"), field(doc, "jwks_uri"),
                    doc.get("end_session_endpoint") instanceof String s ? s : "");
            metadataAt = Instant.now();
        }
        return metadata;
    }

    /** The provider's RSA signing key {@code kid}; empty if it publishes none by that id, or cannot be reached. */
    synchronized Optional<PublicKey> key(String kid) {
        Instant now = Instant.now();
        boolean stale = now.isAfter(keysAt.plus(KEEP)) || !keys.containsKey(kid) && now.isAfter(keysAt.plus(REFETCH));
        if (stale) {
            try {
                keys = Jwks.rsaKeys(get(metadata().jwks()));
                keysAt = now;
            } catch (IOException | IllegalArgumentException e) {
                return Optional.ofNullable(keys.get(kid));
            }
        }
        return Optional.ofNullable(keys.get(kid));
    }

    /**
     * Redeems an authorization code at the token endpoint (the client authenticated with its secret,
     * the PKCE verifier of the sign-in that asked for the code); the ID token it answers.
     */
    String redeem(String code, String verifier, String redirectUri, String clientId, String clientSecret) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("code_verifier", verifier);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(metadata().token())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        Map<?, ?> tokens = object(answer.body(), "token response");
        if (answer.statusCode() != 200 || !(tokens.get("id_token") instanceof String idToken)) {
            throw new IOException("the token endpoint answered " + answer.statusCode() + " " + tokens.get("error") + ": "
                    + tokens.get("error_description"));
        }
        return idToken;
    }

    private static String get(String url) throws IOException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
        if (answer.statusCode() != 200) {
            throw new IOException(url + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<?, ?> object(String json, String what) throws IOException {
        try {
            if (Json.parse(json) instanceof Map<?, ?> m) {
                return m;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new IOException("the provider's " + what + " is not a JSON object");
    }

    private static String field(Map<?, ?> doc, String name) throws IOException {
        if (doc.get(name) instanceof String s && !s.isEmpty()) {
            return s;
        }
        throw new IOException("the provider's discovery document has no " + name);
    }
}
