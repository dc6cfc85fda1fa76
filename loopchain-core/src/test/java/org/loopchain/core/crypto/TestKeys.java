package org.loopchain.core.crypto;

import java.util.Base64;

/** A fixed secp256k1 key whose encodings and signatures were computed with Python's cryptography (OpenSSL). */
public final class TestKeys {

    /**
     * PKCS#8 DER (base64) and SubjectPublicKeyInfo (base64) of d = sha256("loopchain test peer key") mod n:
     * python3 -c 'import base64,hashlib;from cryptography.hazmat.primitives import serialization as S;from cryptography.hazmat.primitives.asymmetric import ec;n=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;k=ec.derive_private_key(int(hashlib.sha256(b"loopchain test peer key").hexdigest(),16)%n,ec.SECP256K1());print(base64.b64encode(k.private_bytes(S.Encoding.DER,S.PrivateFormat.PKCS8,S.NoEncryption())).decode(),base64.b64encode(k.public_key().public_bytes(S.Encoding.DER,S.PublicFormat.SubjectPublicKeyInfo)).decode())'
     */
    public static final String PKCS8_BASE64 = "MIGEAgEAMBAGByqGSM49AgEGBSuBBAAKBG0wawIBAQQgWa1k8gugbOQZ4iarkymsJRs5WSMAnn4263MZ1v2PR1KhRANCAATeKKDt3PazWJiyumBKmAPZXjlfsft6IjWCvR39a3RzdTFt4gSMvFeqEs8vIjh0Sz/nkGAlOVCA5T7gwJLLyVwT";
    public static final String SPKI_BASE64 = "MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAE3iig7dz2s1iYsrpgSpgD2V45X7H7eiI1gr0d/Wt0c3UxbeIEjLxXqhLPLyI4dEs/55BgJTlQgOU+4MCSy8lcEw==";

    private TestKeys() {
    }

    public static PeerKey fixed() {
        return PeerKey.fromPkcs8(Base64.getDecoder().decode(PKCS8_BASE64));
    }
}
