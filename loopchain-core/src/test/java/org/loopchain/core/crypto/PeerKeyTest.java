package org.loopchain.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PeerKeyTest {

    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);
    private static final BigInteger HALF_ORDER =
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16).shiftRight(1);
    private static final String REFERENCE_TX_HASH = "f5f342d90cefa97f8552dae9bbf6fd52d99a655f7bca1739085f1674ba98d1b6";

    @Test
    void aSignatureVerifiesWithTheSignersPublicKey() {
        PeerKey key = PeerKey.generate(new SecureRandom());
        assertTrue(PeerKey.verify(key.publicKeyBase64(), HELLO, key.sign(HELLO)));
    }

    @Test
    void aTamperedMessageDoesNotVerify() {
        PeerKey key = TestKeys.fixed();
        assertFalse(PeerKey.verify(key.publicKeyBase64(), "hellO".getBytes(StandardCharsets.UTF_8), key.sign(HELLO)));
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() {
        PeerKey other = PeerKey.generate(new SecureRandom());
        assertFalse(PeerKey.verify(TestKeys.SPKI_BASE64, HELLO, other.sign(HELLO)));
    }

    @Test
    void garbageInputGivesFalseRatherThanAnException() {
        String sig = TestKeys.fixed().sign(HELLO);
        assertFalse(PeerKey.verify("not base64!", HELLO, sig));
        assertFalse(PeerKey.verify(TestKeys.SPKI_BASE64, HELLO, "not base64!"));
        assertFalse(PeerKey.verify(TestKeys.SPKI_BASE64, HELLO, "AAAA"));
        assertFalse(PeerKey.verify("AAAA", HELLO, sig));
        assertFalse(PeerKey.verify("", HELLO, ""));
        assertFalse(PeerKey.verify(null, HELLO, sig));
        assertFalse(PeerKey.verify(TestKeys.SPKI_BASE64, null, sig));
        assertFalse(PeerKey.verify(TestKeys.SPKI_BASE64, HELLO, null));
        assertFalse(PeerKey.verify(TestKeys.SPKI_BASE64, HELLO, sig + "AAAA"));
        assertFalse(PeerKey.verifyDigest(TestKeys.SPKI_BASE64, new byte[31], sig));
        byte[] spki = Base64.getDecoder().decode(TestKeys.SPKI_BASE64);
        spki[spki.length - 1] ^= 1; // y changed: the point is no longer on the curve
        assertFalse(PeerKey.verify(Base64.getEncoder().encodeToString(spki), HELLO, sig));
    }

    @Test
    void signingIsDeterministicRfc6979WithLowSAsOpenSslComputesIt() {
        // python3 -c 'import base64,hashlib;from cryptography.hazmat.primitives import hashes;from cryptography.hazmat.primitives.asymmetric import ec;from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature as dds,encode_dss_signature as eds;n=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;k=ec.derive_private_key(int(hashlib.sha256(b"loopchain test peer key").hexdigest(),16)%n,ec.SECP256K1());r,s=dds(k.sign(b"hello",ec.ECDSA(hashes.SHA256(),deterministic_signing=True)));print(base64.b64encode(eds(r,min(s,n-s))).decode())'
        String python = "MEQCIBo2ydiOB0x1tyfhJgyu0p0TZsfEe3p28e0Me1cT98MBAiAlnx2wUNjx36O9fIbzWFzziRKTA1DBD187RDOJe3wLMQ==";
        PeerKey key = TestKeys.fixed();
        assertEquals(python, key.sign(HELLO));
        assertEquals(key.sign(HELLO), key.sign(HELLO));
    }

    @Test
    void signDigestSignsTheHashBytesAsThePythonPrehashedSignerDoes() {
        // python3 -c 'import base64,hashlib;from cryptography.hazmat.primitives import hashes;from cryptography.hazmat.primitives.asymmetric import ec;from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature as dds,encode_dss_signature as eds,Prehashed;n=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;k=ec.derive_private_key(int(hashlib.sha256(b"loopchain test peer key").hexdigest(),16)%n,ec.SECP256K1());r,s=dds(k.sign(bytes.fromhex("f5f342d90cefa97f8552dae9bbf6fd52d99a655f7bca1739085f1674ba98d1b6"),ec.ECDSA(Prehashed(hashes.SHA256()),deterministic_signing=True)));print(base64.b64encode(eds(r,min(s,n-s))).decode())'
        String python = "MEQCICHq7kUxytEFFnc04mlUp9P8VWnKXPoh/sk/38Xg/Q3sAiB61RmqjntmkjVylCoAyaGGFMmkYDV6nhjyXgbPkV5Qmg==";
        assertEquals(python, TestKeys.fixed().signDigest(Hex.decode(REFERENCE_TX_HASH)));
    }

    @Test
    void signingAMessageEqualsSigningItsSha256Digest() {
        PeerKey key = TestKeys.fixed();
        assertEquals(key.sign(HELLO), key.signDigest(Hashes.sha256(HELLO)));
    }

    @Test
    void signaturesHaveLowS() {
        PeerKey key = PeerKey.generate(new SecureRandom());
        for (int i = 0; i < 50; i++) {
            byte[] der = Base64.getDecoder().decode(key.sign(new byte[] {(byte) i}));
            int rLength = der[3];
            int sLength = der[5 + rLength];
            BigInteger s = new BigInteger(Arrays.copyOfRange(der, 6 + rLength, 6 + rLength + sLength));
            assertTrue(s.compareTo(HALF_ORDER) <= 0, "high S in signature " + i);
        }
    }

    @Test
    void theOriginalPeersHighSSignatureOfTheReferenceTxVerifies() {
        // the public key and signature of GET /api/v1/transactions?hash=f5f342d9... in loopchain-v1-api.md;
        // python3 -c 'import base64;from cryptography.hazmat.primitives import serialization as S,hashes;from cryptography.hazmat.primitives.asymmetric import ec;from cryptography.hazmat.primitives.asymmetric.utils import Prehashed;S.load_der_public_key(base64.b64decode("MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAENcBQNH95Ae8DfC+tXC9YCJVApDSEl+RjWniGQ6QPStB1SZ3Zqng1QIViublsyTaGwu9XEOQlsmT+R7IBq+iB3Q==")).verify(base64.b64decode("MEYCIQChmqZ/sOLoZoOpZGDSMt7GXVJLHaJyf3otTyxS67mHewIhANXuNV/eNUZ2TXn5B6bk9l4GRq1w/7xvdfh96zMuo9wt"),bytes.fromhex("f5f342d90cefa97f8552dae9bbf6fd52d99a655f7bca1739085f1674ba98d1b6"),ec.ECDSA(Prehashed(hashes.SHA256())));print("verifies")'
        String publicKey = "MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAENcBQNH95Ae8DfC+tXC9YCJVApDSEl+RjWniGQ6QPStB1SZ3Zqng1QIViublsyTaGwu9XEOQlsmT+R7IBq+iB3Q==";
        String signature = "MEYCIQChmqZ/sOLoZoOpZGDSMt7GXVJLHaJyf3otTyxS67mHewIhANXuNV/eNUZ2TXn5B6bk9l4GRq1w/7xvdfh96zMuo9wt";
        assertTrue(PeerKey.verifyDigest(publicKey, Hex.decode(REFERENCE_TX_HASH), signature));
        assertFalse(PeerKey.verify(publicKey, REFERENCE_TX_HASH.getBytes(StandardCharsets.US_ASCII), signature));
    }

    @Test
    void thePublicKeyIsTheX509FormOfTheReference() {
        PeerKey key = PeerKey.generate(new SecureRandom());
        assertTrue(key.publicKeyBase64().startsWith("MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAE"), key.publicKeyBase64());
        assertEquals(TestKeys.SPKI_BASE64, TestKeys.fixed().publicKeyBase64());
    }

    @Test
    void pkcs8RoundTripsByteForByteWithOpenSsl() {
        byte[] openssl = Base64.getDecoder().decode(TestKeys.PKCS8_BASE64);
        assertArrayEquals(openssl, PeerKey.fromPkcs8(openssl).toPkcs8());
        PeerKey key = PeerKey.generate(new SecureRandom());
        assertEquals(key.publicKeyBase64(), PeerKey.fromPkcs8(key.toPkcs8()).publicKeyBase64());
    }

    @Test
    void pkcs8WithAMismatchedPublicKeyOrGarbageIsRefused() {
        byte[] der = Base64.getDecoder().decode(TestKeys.PKCS8_BASE64);
        der[40] ^= 1; // inside the private scalar: the embedded public key no longer matches
        assertThrows(IllegalArgumentException.class, () -> PeerKey.fromPkcs8(der));
        assertThrows(IllegalArgumentException.class, () -> PeerKey.fromPkcs8(new byte[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> PeerKey.fromPkcs8(new byte[0]));
    }

    @Test
    void toStringShowsOnlyThePublicKey() {
        PeerKey key = TestKeys.fixed();
        assertEquals("PeerKey[" + TestKeys.SPKI_BASE64 + "]", key.toString());
        assertNotEquals(-1, key.toString().indexOf("MFYw"));
    }
}
