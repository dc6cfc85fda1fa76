package org.loopchain.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.core.json.Json;

/** The ID token checks of the console's sign-in, on tokens signed here with an RSA key published as a JWKS. */
class IdTokenCheckTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/loopchain";
    private static final String CLIENT = "loopchain-console";
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    private static final KeyPair PROVIDER = rsa();
    private static final KeyPair OTHER = rsa();

    private final IdTokenCheck check = new IdTokenCheck(ISSUER, CLIENT, kid -> Optional.ofNullable(jwks().get(kid)));

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's keys as its JWKS publishes them (with an encryption key and a key of another type beside). */
    private static Map<String, PublicKey> jwks() {
        RSAPublicKey key = (RSAPublicKey) PROVIDER.getPublic();
        Map<String, Object> sig = new LinkedHashMap<>();
        sig.put("kid", "k1");
        sig.put("kty", "RSA");
        sig.put("use", "sig");
        sig.put("n", b64(unsigned(key.getModulus())));
        sig.put("e", b64(unsigned(key.getPublicExponent())));
        Map<String, Object> enc = new LinkedHashMap<>(sig);
        enc.put("kid", "k2");
        enc.put("use", "enc");
        return Jwks.rsaKeys(Json.pyDumps(Map.of("keys", List.of(sig, enc, Map.of("kid", "k3", "kty", "EC")))));
    }

    private static byte[] unsigned(BigInteger n) {
        byte[] b = n.toByteArray();
        return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, Object> claims() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", ISSUER);
        c.put("aud", CLIENT);
        c.put("sub", "f1e2");
        c.put("preferred_username", "admin");
        c.put("groups", List.of("admin", "user"));
        c.put("nonce", "n-1");
        c.put("iat", NOW.getEpochSecond() - 5);
        c.put("exp", NOW.getEpochSecond() + 300);
        return c;
    }

    private static String token(Map<String, Object> header, Map<String, Object> claims, KeyPair signer) {
        String signed = b64(Json.pyDumps(header).getBytes(StandardCharsets.UTF_8)) + "." + b64(Json.pyDumps(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signer.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + b64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(Map<String, Object> claims) {
        return token(Map.of("alg", "RS256", "kid", "k1", "typ", "JWT"), claims, PROVIDER);
    }

    private String refusal(String token) {
        return assertThrows(IdTokenCheck.Refused.class, () -> check.check(token, "n-1", NOW)).getMessage();
    }

    @Test
    void aTokenOfTheProviderForThisClientAndThisSignInGivesTheUserAndRoles() throws Exception {
        IdTokenCheck.Claims user = check.check(token(claims()), "n-1", NOW);
        assertEquals(new IdTokenCheck.Claims("f1e2", "admin", List.of("admin", "user")), user);
        Map<String, Object> several = claims();
        several.put("aud", List.of(CLIENT, "other"));
        several.put("azp", CLIENT);
        assertEquals("admin", check.check(token(several), "n-1", NOW).name());
    }

    @Test
    void aForgedSignatureAnotherKeyAndAnotherAlgorithmAreRefused() {
        assertTrue(refusal(token(Map.of("alg", "RS256", "kid", "k1"), claims(), OTHER)).contains("signature does not verify"));
        String good = token(claims());
        Map<String, Object> more = claims();
        more.put("groups", List.of("admin", "auditor"));
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + b64(Json.pyDumps(more).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(refusal(tampered).contains("signature does not verify"), "a payload changed after signing");
        assertTrue(refusal(token(Map.of("alg", "RS256", "kid", "k2"), claims(), PROVIDER)).contains("no key k2"), "an encryption key");
        String none = b64("{\"alg\": \"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertTrue(refusal(none).contains("not RS256"));
        assertTrue(refusal(token(Map.of("alg", "HS256", "kid", "k1"), claims(), PROVIDER)).contains("not RS256"));
        assertTrue(refusal("not.a-jwt").contains("not a signed JWT"));
        assertTrue(refusal("%%%.%%%.%%%").contains("not a JSON object"));
    }

    @Test
    void anotherIssuerAnotherClientAnExpiredTokenAndAnotherSignInsNonceAreRefused() {
        Map<String, Object> c = claims();
        c.put("iss", "http://127.0.0.1:8180/realms/other");
        assertTrue(refusal(token(c)).contains("not " + ISSUER));
        c = claims();
        c.put("aud", "loopchain-cli");
        assertTrue(refusal(token(c)).contains("not for " + CLIENT));
        c = claims();
        c.put("aud", List.of(CLIENT, "other"));
        c.put("azp", "other");
        assertTrue(refusal(token(c)).contains("not for " + CLIENT), "several audiences, issued to another party");
        c = claims();
        c.put("exp", NOW.getEpochSecond() - IdTokenCheck.SKEW_SECONDS - 1);
        assertTrue(refusal(token(c)).contains("expired"));
        c = claims();
        c.put("iat", NOW.getEpochSecond() + IdTokenCheck.SKEW_SECONDS + 60);
        assertTrue(refusal(token(c)).contains("future"));
        c = claims();
        c.put("nonce", "n-2");
        assertTrue(refusal(token(c)).contains("nonce"));
        c = claims();
        c.remove("nonce");
        assertTrue(refusal(token(c)).contains("nonce"));
        c = claims();
        c.remove("sub");
        assertTrue(refusal(token(c)).contains("no subject"));
    }

    @Test
    void theNameFallsBackToTheSubjectAndNoGroupsIsNoRole() throws Exception {
        Map<String, Object> c = claims();
        c.remove("preferred_username");
        c.remove("groups");
        assertEquals(new IdTokenCheck.Claims("f1e2", "f1e2", List.of()), check.check(token(c), "n-1", NOW));
    }

    @Test
    void thePkceChallengeIsRfc7636s() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                "RFC 7636, appendix B");
        assertEquals(43, Pkce.random().length());
        assertTrue(!Pkce.random().equals(Pkce.random()));
    }
}
