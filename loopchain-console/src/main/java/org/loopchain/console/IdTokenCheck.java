package org.loopchain.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.loopchain.core.json.Json;

/**
 * The checks an OpenID Connect client makes of an ID token before it signs a user in (OpenID
 * Connect Core 3.1.3.7): a JWS signed with RS256 by a key the provider publishes (no other
 * algorithm, {@code none} included), the configured issuer, this client in the audience (and as
 * {@code azp} when there are several), not expired, not issued in the future, and the nonce this
 * sign-in sent. A token that fails any is refused with the reason; nothing of it is used.
 */
final class IdTokenCheck {

    /** Clock difference allowed between the provider and this node. */
    static final long SKEW_SECONDS = 60;

    /** Why a token is refused. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What the console takes of a valid token: who, by which name, with which roles. */
    record Claims(String subject, String name, List<String> groups) {
    }

    private final String issuer;
    private final String clientId;
    private final Function<String, Optional<PublicKey>> keys;

    /**
     * @param keys the provider's RS256 key with a key id ({@code kid}), or empty if it publishes none by that id
     */
    IdTokenCheck(String issuer, String clientId, Function<String, Optional<PublicKey>> keys) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keys = keys;
    }

    Claims check(String token, String nonce, Instant now) throws Refused {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Refused("the ID token is not a signed JWT");
        }
        Map<?, ?> header = object(parts[0], "header");
        if (!"RS256".equals(header.get("alg"))) {
            throw new Refused("the ID token is signed with " + header.get("alg") + ", not RS256");
        }
        String kid = header.get("kid") instanceof String k ? k : "";
        PublicKey key = keys.apply(kid).orElseThrow(() -> new Refused("the provider publishes no key " + kid));
        if (!verifies(key, parts)) {
            throw new Refused("the ID token's signature does not verify");
        }
        Map<?, ?> claims = object(parts[1], "payload");
        if (!issuer.equals(claims.get("iss"))) {
            throw new Refused("the ID token is from " + claims.get("iss") + ", not " + issuer);
        }
        List<?> audience = claims.get("aud") instanceof List<?> l ? l : claims.get("aud") == null ? List.of() : List.of(claims.get("aud"));
        if (!audience.contains(clientId) || audience.size() > 1 && !clientId.equals(claims.get("azp"))) {
            throw new Refused("the ID token is not for " + clientId);
        }
        long seconds = now.getEpochSecond();
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + SKEW_SECONDS < seconds) {
            throw new Refused("the ID token has expired");
        }
        if (claims.get("iat") instanceof Number iat && iat.longValue() - SKEW_SECONDS > seconds) {
            throw new Refused("the ID token is issued in the future");
        }
        if (!(claims.get("nonce") instanceof String n) || !MessageDigest.isEqual(n.getBytes(StandardCharsets.UTF_8),
                nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("the ID token's nonce is not this sign-in's");
        }
        if (!(claims.get("sub") instanceof String subject) || subject.isEmpty()) {
            throw new Refused("the ID token names no subject");
        }
        String name = claims.get("preferred_username") instanceof String p && !p.isEmpty() ? p : subject;
        List<String> groups = claims.get("groups") instanceof List<?> g ? g.stream().filter(String.class::isInstance)
                .map(String.class::cast).toList() : List.of();
        return new Claims(subject, name, groups);
    }

    private static boolean verifies(PublicKey key, String[] parts) throws Refused {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new Refused("the ID token's signature is not base64url");
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Map<?, ?> object(String part, String what) throws Refused {
        try {
            if (Json.parse(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)) instanceof Map<?, ?> m) {
                return m;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new Refused("the ID token's " + what + " is not a JSON object");
    }
}
