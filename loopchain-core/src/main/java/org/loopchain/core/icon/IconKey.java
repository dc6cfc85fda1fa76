package org.loopchain.core.icon;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.loopchain.core.crypto.RecoverableEcdsa;

/**
 * An ICON account's secp256k1 private key, for signing v3 transactions in tests and tools (the
 * node itself only verifies them). Its address is {@link IconAddress#ofPublicKey} of its key.
 */
public final class IconKey {

    private final BigInteger d;
    private final byte[] publicKey;
    private final IconAddress address;

    private IconKey(BigInteger d) {
        if (!RecoverableEcdsa.isPrivateKey(d)) {
            throw new IllegalArgumentException("private key out of range for secp256k1");
        }
        this.d = d;
        this.publicKey = RecoverableEcdsa.publicKey(d);
        this.address = IconAddress.ofPublicKey(publicKey);
    }

    /** The key whose 32 big-endian bytes are {@code privateKey}. */
    public static IconKey of(byte[] privateKey) {
        if (privateKey.length != 32) {
            throw new IllegalArgumentException("a private key is 32 bytes, not " + privateKey.length);
        }
        return new IconKey(new BigInteger(1, privateKey));
    }

    public static IconKey generate(SecureRandom random) {
        BigInteger d;
        do {
            d = new BigInteger(256, random);
        } while (!RecoverableEcdsa.isPrivateKey(d));
        return new IconKey(d);
    }

    /** The 65-byte uncompressed public key (a copy). */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public IconAddress address() {
        return address;
    }

    /** The deterministic (RFC 6979, low-S) recoverable signature of a transaction hash. */
    public IconSignature sign(IconTxHash hash) {
        return IconSignature.of(RecoverableEcdsa.sign(hash.bytes(), d));
    }

    /** Shows the address only. */
    @Override
    public String toString() {
        return "IconKey[" + address + "]";
    }
}
