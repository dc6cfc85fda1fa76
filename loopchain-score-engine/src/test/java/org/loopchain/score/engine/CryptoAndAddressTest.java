package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.jcajce.provider.digest.SHA3;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class CryptoAndAddressTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final BigInteger PRIVATE_KEY = new BigInteger("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100", 16);
    private static final ECPoint PUBLIC_POINT = CURVE.getG().multiply(PRIVATE_KEY).normalize();

    private static String expectedAddress() {
        byte[] uncompressed = PUBLIC_POINT.getEncoded(false);
        byte[] digest = new SHA3.Digest256().digest(Arrays.copyOfRange(uncompressed, 1, 65));
        return "hx" + HEX.formatHex(digest, 12, 32);
    }

    @Test
    void addressOfAPublicKeyFollowsIconsRuleForEveryEncoding() throws Exception {
        String expected = expectedAddress();
        assertEquals(expected, ScoreAddresses.addressOfPublicKey(PUBLIC_POINT.getEncoded(false)));
        assertEquals(expected, ScoreAddresses.addressOfPublicKey(PUBLIC_POINT.getEncoded(true)));
        byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                SECObjectIdentifiers.secp256k1), PUBLIC_POINT.getEncoded(false)).getEncoded();
        assertEquals(expected, ScoreAddresses.addressOfPublicKey(spki));
        assertThrows(IllegalArgumentException.class, () -> ScoreAddresses.addressOfPublicKey(new byte[12]));
    }

    @Test
    void contractGetsTheSameAddressFromItsHost() throws Exception {
        ScoreRunner runner = Contracts.tools(1_000_000);
        runner.execute(Contracts.ALICE, "negate", Map.of("flag", "0x1"));
        QueryOutcome outcome = runner.query("keyAddress",
                Map.of("publicKey", "0x" + HEX.formatHex(PUBLIC_POINT.getEncoded(true))));
        assertEquals(expectedAddress(), outcome.result());
        QueryOutcome hash = runner.query("sha3", Map.of("data", "0x"));
        assertEquals("0xa7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", hash.result());
    }

    @Test
    void scoreAddressIsTheFirstTwentyBytesOfTheChannelAndIdHash() {
        byte[] digest = new SHA3.Digest256().digest("loopchain:main:token".getBytes(StandardCharsets.UTF_8));
        assertEquals("cx" + HEX.formatHex(digest, 0, 20), ScoreAddresses.scoreAddress("main", "token"));
        assertFalse(ScoreAddresses.scoreAddress("main", "token").equals(ScoreAddresses.scoreAddress("other", "token")));
    }

    @Test
    void hashesMatchKnownVectors() {
        byte[] empty = new byte[0];
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(ScoreCrypto.hash("sha-256", empty)));
        assertEquals("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a",
                HEX.formatHex(ScoreCrypto.hash("sha3-256", empty)));
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                HEX.formatHex(ScoreCrypto.hash("keccak-256", empty)));
        assertThrows(IllegalArgumentException.class, () -> ScoreCrypto.hash("md5", empty));
    }

    @Test
    void recoverableSignatureVerifiesAndRecoversTheSigner() {
        byte[] message = ScoreCrypto.hash("sha3-256", "pay bob 10".getBytes(StandardCharsets.UTF_8));
        byte[] signature = sign(message);
        byte[] uncompressed = PUBLIC_POINT.getEncoded(false);
        byte[] compressed = PUBLIC_POINT.getEncoded(true);
        assertArrayEquals(uncompressed, ScoreCrypto.recoverKey("ecdsa-secp256k1", message, signature, false));
        assertArrayEquals(compressed, ScoreCrypto.recoverKey("ecdsa-secp256k1", message, signature, true));
        assertTrue(ScoreCrypto.verifySignature("ecdsa-secp256k1", message, signature, uncompressed));
        assertTrue(ScoreCrypto.verifySignature("ecdsa-secp256k1", message, signature, compressed));
        byte[] other = message.clone();
        other[0] ^= 1;
        assertFalse(ScoreCrypto.verifySignature("ecdsa-secp256k1", other, signature, uncompressed));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreCrypto.verifySignature("ed25519", message, signature, uncompressed));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreCrypto.recoverKey("ecdsa-secp256k1", new byte[31], signature, true));
    }

    /** r ‖ s ‖ v with the recovery id found by comparing the candidate keys independently. */
    private static byte[] sign(byte[] message) {
        ECDomainParameters domain = new ECDomainParameters(CURVE);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(PRIVATE_KEY, domain));
        BigInteger[] rs = signer.generateSignature(message);
        BigInteger n = CURVE.getN();
        BigInteger e = new BigInteger(1, message);
        for (int v = 0; v < 2; v++) {
            byte[] rx = new byte[33];
            rx[0] = (byte) (v == 0 ? 2 : 3);
            System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[0]), 0, rx, 1, 32);
            ECPoint bigR = CURVE.getCurve().decodePoint(rx);
            BigInteger rInv = rs[0].modInverse(n);
            ECPoint q = bigR.multiply(rs[1]).subtract(CURVE.getG().multiply(e)).multiply(rInv).normalize();
            if (q.equals(PUBLIC_POINT)) {
                byte[] signature = new byte[65];
                System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[0]), 0, signature, 0, 32);
                System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[1]), 0, signature, 32, 32);
                signature[64] = (byte) v;
                return signature;
            }
        }
        throw new AssertionError("no recovery id");
    }
}
