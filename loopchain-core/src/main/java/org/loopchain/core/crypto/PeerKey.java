package org.loopchain.core.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * A peer's secp256k1 signing key.
 *
 * <p>Signatures are ECDSA with SHA-256, DER-encoded and base64'd as loopchain v1 writes them,
 * with a deterministic nonce (RFC 6979, HMAC-SHA256) and low S. The public key travels as the
 * base64 of its X.509 SubjectPublicKeyInfo (named curve, uncompressed point), which always starts
 * {@code MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAE}.
 *
 * <p>{@link #sign} hashes the message with SHA-256 first; {@link #signDigest} signs a 32-byte hash
 * as it is. The original peer signed a transaction by running ECDSA-SHA256 over the tx hash's
 * preimage, so its signatures verify with {@link #verifyDigest} on the tx hash bytes.
 */
public final class PeerKey {

    private final ECPrivateKeyParameters privateKey;
    private final ECPoint publicPoint;
    private final String publicKeyBase64;

    private PeerKey(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(Secp256k1.N) >= 0) {
            throw new IllegalArgumentException("private key out of range for secp256k1");
        }
        this.privateKey = new ECPrivateKeyParameters(d, Secp256k1.DOMAIN);
        this.publicPoint = new FixedPointCombMultiplier().multiply(Secp256k1.DOMAIN.getG(), d).normalize();
        this.publicKeyBase64 = Base64.getEncoder().encodeToString(Secp256k1.spki(publicPoint));
    }

    public static PeerKey generate(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(Secp256k1.DOMAIN, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new PeerKey(((ECPrivateKeyParameters) pair.getPrivate()).getD());
    }

    /**
     * Reads a PKCS#8 PrivateKeyInfo holding a secp256k1 key (named curve). If the embedded
     * ECPrivateKey carries its public key, that key must match.
     *
     * @throws IllegalArgumentException for anything else, with the reason
     */
    public static PeerKey fromPkcs8(byte[] der) {
        if (der == null) {
            throw new IllegalArgumentException("no PKCS#8 bytes (null)");
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
            if (!Secp256k1.KEY_ALGORITHM.equals(info.getPrivateKeyAlgorithm())) {
                throw new IllegalArgumentException("not a secp256k1 EC key (algorithm " + info.getPrivateKeyAlgorithm().getAlgorithm() + ")");
            }
            ECPrivateKey ec = ECPrivateKey.getInstance(info.parsePrivateKey());
            PeerKey key = new PeerKey(ec.getKey());
            ASN1BitString embedded = ec.getPublicKey();
            if (embedded != null && !Secp256k1.DOMAIN.getCurve().decodePoint(embedded.getOctets()).equals(key.publicPoint)) {
                throw new IllegalArgumentException("embedded public key does not match the private key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PKCS#8 private key: " + e, e);
        }
    }

    /** PKCS#8 DER as OpenSSL writes it: named curve, ECPrivateKey with the public key, no parameters. */
    public byte[] toPkcs8() {
        try {
            ECPrivateKey ec = new ECPrivateKey(256, privateKey.getD(), new DERBitString(publicPoint.getEncoded(false)), null);
            return new PrivateKeyInfo(Secp256k1.KEY_ALGORITHM, ec).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot DER-encode a private key", e);
        }
    }

    public String publicKeyBase64() {
        return publicKeyBase64;
    }

    /** Base64 DER ECDSA signature over SHA-256({@code message}). */
    public String sign(byte[] message) {
        return signDigest(Hashes.sha256(message));
    }

    /** Base64 DER ECDSA signature with {@code digest} (a 32-byte hash) as the message hash. */
    public String signDigest(byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a digest is 32 bytes, not " + digest.length);
        }
        BigInteger[] rs = Libsecp256k1.available()
                ? Libsecp256k1.sign(digest, privateKey.getD())
                : bouncyCastleSign(digest, privateKey);
        try {
            return Base64.getEncoder().encodeToString(Secp256k1.lowSDer(rs[0], rs[1]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot DER-encode a signature", e);
        }
    }

    /** BouncyCastle's signature {@code (r, s)} of a 32-byte digest (RFC 6979 nonce; S as it comes). */
    static BigInteger[] bouncyCastleSign(byte[] digest, ECPrivateKeyParameters key) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        return signer.generateSignature(digest);
    }

    /** True iff the signature is valid for SHA-256({@code message}); false for any malformed input. */
    public static boolean verify(String publicKeyBase64, byte[] message, String signatureBase64) {
        return message != null && Secp256k1.verifyDigest(publicKeyBase64, Hashes.sha256(message), signatureBase64);
    }

    /** True iff the signature is valid for the 32-byte {@code digest}; false for any malformed input. */
    public static boolean verifyDigest(String publicKeyBase64, byte[] digest, String signatureBase64) {
        return digest != null && digest.length == 32 && Secp256k1.verifyDigest(publicKeyBase64, digest, signatureBase64);
    }

    /** Whether {@code publicKeyBase64} is a base64 SubjectPublicKeyInfo of a point on secp256k1. */
    public static boolean isPublicKey(String publicKeyBase64) {
        try {
            Secp256k1.keyOf(publicKeyBase64);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Which implementation signs and verifies: "libsecp256k1 (native)" or "BouncyCastle". */
    public static String implementation() {
        return Libsecp256k1.implementation();
    }

    /** Shows the public key only. */
    @Override
    public String toString() {
        return "PeerKey[" + publicKeyBase64 + "]";
    }
}
