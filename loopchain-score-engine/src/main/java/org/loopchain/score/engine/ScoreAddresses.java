package org.loopchain.score.engine;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Addresses the engine derives: a SCORE's {@code cx…} address and a peer key's {@code hx…} address. */
public final class ScoreAddresses {

    /** Where a deploy transaction of a new contract goes (ICON's {@code cx000…0}); a deploy to a contract's address updates it. */
    public static final String INSTALL_ADDRESS = "cx" + "0".repeat(40);

    private ScoreAddresses() {
    }

    /** {@code cx} + hex of the first 20 bytes of SHA3-256(utf8("loopchain:" + channel + ":" + scoreId)). */
    public static String scoreAddress(String channel, String scoreId) {
        byte[] digest = ScoreCrypto.hash("sha3-256",
                ("loopchain:" + channel + ":" + scoreId).getBytes(StandardCharsets.UTF_8));
        return "cx" + HexFormat.of().formatHex(digest, 0, 20);
    }

    /**
     * The {@code cx…} address of a contract deployed by the transaction {@code txHash} (hex, no
     * {@code 0x}) on {@code channel}: {@code cx} + hex of the first 20 bytes of
     * SHA3-256(utf8("loopchain:deploy:" + channel + ":" + txHash)). A transaction hash is unique on a
     * channel, so each deploy gets an address of its own.
     */
    public static String deployedAddress(String channel, String txHash) {
        byte[] digest = ScoreCrypto.hash("sha3-256",
                ("loopchain:deploy:" + channel + ":" + txHash).getBytes(StandardCharsets.UTF_8));
        return "cx" + HexFormat.of().formatHex(digest, 0, 20);
    }

    /**
     * The {@code hx…} address of a secp256k1 public key given as a 65-byte uncompressed point, a
     * 33-byte compressed point or a DER SubjectPublicKeyInfo (as peers publish their keys).
     *
     * @throws IllegalArgumentException if the bytes are none of these
     */
    public static String addressOfPublicKey(byte[] encoded) {
        if (encoded.length == 33 || encoded.length == 65) {
            return ScoreCrypto.addressOfKey(encoded);
        }
        byte[] point;
        try {
            point = SubjectPublicKeyInfo.getInstance(encoded).getPublicKeyData().getBytes();
        } catch (RuntimeException notDer) {
            throw new IllegalArgumentException("not a secp256k1 public key: " + notDer.getMessage(), notDer);
        }
        return ScoreCrypto.addressOfKey(point);
    }
}
