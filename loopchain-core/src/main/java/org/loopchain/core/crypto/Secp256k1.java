package org.loopchain.core.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The curve, its encodings (X.509 SubjectPublicKeyInfo with the named curve, uncompressed point;
 * DER ECDSA signatures) and verification, by libsecp256k1 when it loads, else BouncyCastle
 * ({@link Libsecp256k1}). Shared by {@link PeerKey}.
 */
final class Secp256k1 {

    static final ASN1ObjectIdentifier CURVE_OID = SECObjectIdentifiers.secp256k1;
    static final ECDomainParameters DOMAIN;
    static final AlgorithmIdentifier KEY_ALGORITHM = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, CURVE_OID);
    static final BigInteger N;

    /** Longest base64 key or signature looked at; real ones are under 100 characters. */
    private static final int MAX_BASE64 = 1024;

    static {
        X9ECParameters x9 = CustomNamedCurves.getByOID(CURVE_OID);
        DOMAIN = new ECNamedDomainParameters(CURVE_OID, x9);
        N = DOMAIN.getN();
    }

    private Secp256k1() {
    }

    static byte[] spki(ECPoint q) {
        try {
            return new SubjectPublicKeyInfo(KEY_ALGORITHM, q.getEncoded(false)).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot DER-encode a public key", e);
        }
    }

    /** A validated public key: its point, and its uncompressed encoding for libsecp256k1. */
    record Key(ECPoint point, byte[] uncompressed) {
    }

    /**
     * Decoded and validated keys, by their base64 form: a channel has a handful of signers, and
     * reusing one point object also lets BouncyCastle keep its multiplication tables for it.
     */
    private static final Map<String, Key> KEYS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Key> eldest) {
                    return size() > 1024;
                }
            });

    /** The key of a base64 SubjectPublicKeyInfo on this curve (cached). */
    static Key keyOf(String publicKeyBase64) throws IOException {
        Key known = KEYS.get(publicKeyBase64);
        if (known != null) {
            return known;
        }
        ECPoint q = decodePoint(publicKeyBase64);
        Key key = new Key(q, q.getEncoded(false));
        KEYS.put(publicKeyBase64, key);
        return key;
    }

    private static ECPoint decodePoint(String publicKeyBase64) throws IOException {
        if (publicKeyBase64.length() > MAX_BASE64) {
            throw new IOException("public key too long");
        }
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(
                ASN1Primitive.fromByteArray(Base64.getDecoder().decode(publicKeyBase64)));
        if (!KEY_ALGORITHM.equals(info.getAlgorithm())) {
            throw new IOException("not a secp256k1 public key");
        }
        ECPoint q = DOMAIN.getCurve().decodePoint(info.getPublicKeyData().getOctets()).normalize();
        if (q.isInfinity() || !q.isValid()) {
            throw new IOException("public key is not a valid curve point");
        }
        return q;
    }

    /** Encodes {@code (r, s)} as DER after moving {@code s} to the lower half of the order. */
    static byte[] lowSDer(BigInteger r, BigInteger s) throws IOException {
        BigInteger lowS = s.compareTo(N.shiftRight(1)) > 0 ? N.subtract(s) : s;
        return StandardDSAEncoding.INSTANCE.encode(N, r, lowS);
    }

    /** Checks a DER signature on a 32-byte digest; high-S signatures (the original's) are accepted. */
    static boolean verifyDigest(String publicKeyBase64, byte[] digest, String signatureBase64) {
        if (publicKeyBase64 == null || digest == null || signatureBase64 == null || signatureBase64.length() > MAX_BASE64) {
            return false;
        }
        try {
            Key key = keyOf(publicKeyBase64);
            BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(N, Base64.getDecoder().decode(signatureBase64));
            return Libsecp256k1.available()
                    ? Libsecp256k1.verify(digest, rs[0], rs[1], key.uncompressed())
                    : bouncyCastleVerify(digest, rs[0], rs[1], key.point());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** BouncyCastle's verdict on {@code (r, s)} over the 32-byte {@code digest} for {@code q}. */
    static boolean bouncyCastleVerify(byte[] digest, BigInteger r, BigInteger s, ECPoint q) {
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
        return verifier.verifySignature(digest, r, s);
    }
}
