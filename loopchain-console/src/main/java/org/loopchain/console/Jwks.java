package org.loopchain.console;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;

/** A provider's published signing keys (RFC 7517): its RSA keys for signatures, by key id. */
final class Jwks {

    private Jwks() {
    }

    /** The RSA signature keys of a JWKS document; other keys (encryption, other types) are left out. */
    static Map<String, PublicKey> rsaKeys(String json) {
        Map<String, PublicKey> out = new HashMap<>();
        Object doc = Json.parse(json);
        List<?> keys = doc instanceof Map<?, ?> m && m.get("keys") instanceof List<?> l ? l : List.of();
        for (Object k : keys) {
            if (!(k instanceof Map<?, ?> key) || !"RSA".equals(key.get("kty")) || "enc".equals(key.get("use"))
                    || !(key.get("n") instanceof String n) || !(key.get("e") instanceof String e)) {
                continue;
            }
            try {
                BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(n));
                BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(e));
                out.put(key.get("kid") instanceof String kid ? kid : "",
                        KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
            } catch (IllegalArgumentException | GeneralSecurityException bad) {
                // a key this client cannot read is not one it trusts
            }
        }
        return out;
    }
}
