package org.loopchain.score.sdk.codec;

/**
 * The RLP header bytes, as ICON's "RLPn" uses them.
 *
 * <ul>
 *   <li>a byte string of one byte below 0x80 is that byte;</li>
 *   <li>a byte string of up to 55 bytes is {@code 0x80 + length} then the bytes; a longer one is
 *       {@code 0xb7 + n} then its length in n big-endian bytes, then the bytes;</li>
 *   <li>a list whose encoded elements take up to 55 bytes is {@code 0xc0 + length} then the
 *       elements; a longer one is {@code 0xf7 + n} then the length in n bytes, then the elements;</li>
 *   <li>null is {@code 0xf8 0x00}, a long-form list header of length 0 that plain RLP never writes;</li>
 *   <li>a map is a list of its keys and values, alternating.</li>
 * </ul>
 */
final class Rlp {

    static final int SHORT_STRING = 0x80;
    static final int LONG_STRING = 0xb7;
    static final int SHORT_LIST = 0xc0;
    static final int LONG_LIST = 0xf7;
    static final int MAX_SHORT_LENGTH = 55;
    static final byte[] NULL = {(byte) 0xf8, 0x00};

    private Rlp() {
    }
}
