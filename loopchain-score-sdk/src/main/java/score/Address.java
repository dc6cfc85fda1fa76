package score;

import java.util.Arrays;

/**
 * An account address: {@value #LENGTH} bytes, a kind byte (0 for an externally owned account,
 * 1 for a contract) followed by a 20-byte body. Its text form is {@code hx} or {@code cx}
 * followed by the body as 40 lowercase hex digits.
 */
public class Address {

    /** The length of an address in bytes. */
    public static final int LENGTH = 21;

    private static final byte EOA = 0;
    private static final byte CONTRACT = 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] raw;

    /**
     * Copies {@code raw}: {@value #LENGTH} bytes whose first byte is 0 (account) or 1 (contract).
     *
     * @throws NullPointerException if {@code raw} is null
     * @throws IllegalArgumentException if the length or the kind byte is invalid
     */
    public Address(byte[] raw) throws IllegalArgumentException {
        if (raw.length != LENGTH) {
            throw new IllegalArgumentException("an address has " + LENGTH + " bytes, not " + raw.length);
        }
        if (raw[0] != EOA && raw[0] != CONTRACT) {
            throw new IllegalArgumentException("an address starts with byte 0 or 1, not " + raw[0]);
        }
        this.raw = raw.clone();
    }

    /**
     * Parses {@code hx…} or {@code cx…} followed by exactly 40 lowercase hex digits.
     *
     * @throws NullPointerException if {@code str} is null
     * @throws IllegalArgumentException if the prefix, the length or a digit is invalid
     */
    public static Address fromString(String str) {
        if (str.length() != 2 + 2 * (LENGTH - 1)) {
            throw new IllegalArgumentException("an address has 42 characters: " + str);
        }
        byte[] raw = new byte[LENGTH];
        if (str.startsWith("hx")) {
            raw[0] = EOA;
        } else if (str.startsWith("cx")) {
            raw[0] = CONTRACT;
        } else {
            throw new IllegalArgumentException("an address starts with hx or cx: " + str);
        }
        for (int i = 1; i < LENGTH; i++) {
            int at = 2 * i;
            raw[i] = (byte) (hexDigit(str, at) << 4 | hexDigit(str, at + 1));
        }
        return new Address(raw);
    }

    private static int hexDigit(String str, int index) {
        char c = str.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw new IllegalArgumentException("an address has lowercase hex digits only: " + str);
    }

    /** True for a contract ({@code cx…}) address. */
    public boolean isContract() {
        return raw[0] == CONTRACT;
    }

    /** A fresh copy of the {@value #LENGTH} bytes. */
    public byte[] toByteArray() {
        return raw.clone();
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Address && Arrays.equals(raw, ((Address) obj).raw);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(2 + 2 * (LENGTH - 1));
        text.append(isContract() ? "cx" : "hx");
        for (int i = 1; i < LENGTH; i++) {
            text.append(HEX[(raw[i] >> 4) & 0xf]).append(HEX[raw[i] & 0xf]);
        }
        return text.toString();
    }
}
