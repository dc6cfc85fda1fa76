package org.loopchain.score.sdk.codec;

import score.ByteArrayObjectWriter;
import score.ObjectReader;

/** The object codecs contracts may ask for by name; only ICON's {@value #RLPN} exists. */
public final class ObjectCodecs {

    /** ICON's RLP with nullable values. */
    public static final String RLPN = "RLPn";

    private ObjectCodecs() {
    }

    /** @throws IllegalArgumentException if {@code codec} is not {@value #RLPN} */
    public static ByteArrayObjectWriter newWriter(String codec) {
        requireSupported(codec);
        return new RlpnWriter();
    }

    /** @throws IllegalArgumentException if {@code codec} is not {@value #RLPN} */
    public static ObjectReader newReader(String codec, byte[] bytes) {
        requireSupported(codec);
        if (bytes == null) {
            throw new NullPointerException("byteArray");
        }
        return new RlpnReader(bytes.clone());
    }

    private static void requireSupported(String codec) {
        if (codec == null) {
            throw new NullPointerException("codec");
        }
        if (!RLPN.equals(codec)) {
            throw new IllegalArgumentException("codec not supported: " + codec);
        }
    }
}
