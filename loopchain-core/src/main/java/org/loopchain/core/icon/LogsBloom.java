package org.loopchain.core.icon;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * ICON's {@code logsBloom}: a 2048-bit Bloom filter of a result's event logs, bit for bit as
 * goloop builds it ({@code service/txresult/logsbloom.go}, {@code AddLog}).
 *
 * <p>Each event log adds its SCORE address as the item {@code 0xff ‖ address} (21 bytes: {@code 0x00}
 * for {@code hx}, {@code 0x01} for {@code cx}, then the 20-byte body), and each indexed value
 * {@code i} (the signature is value 0) that is not null as {@code byte(i) ‖ value}; data values are
 * not added. An item sets 3 bits: with {@code h = SHA3-256(item)}, bit
 * {@code (h[2k] << 8 | h[2k+1]) & 2047} for {@code k} = 0, 1, 2. The filter is written as a
 * 2048-bit big-endian number: {@code "0x"} and 512 hex digits, bit 0 the lowest bit of the last
 * byte.
 *
 * <p>A stored event log holds its values as JSON strings; {@link #of} turns them back into the bytes
 * goloop logs, by the parameter types of the signature ({@code EventDataStringToBytesByType}):
 * {@code Address} its 21 bytes, {@code int} the minimal two's complement (Java's
 * {@code BigInteger.toByteArray}), {@code bool} one byte 0 or 1, {@code str} UTF-8, {@code bytes}
 * the bytes. A value that does not read as its declared type (ICON drops such a log; a contract
 * calling {@code Context.logEvent} directly can make one here) adds nothing.
 */
public final class LogsBloom {

    public static final int BITS = 2048;
    public static final int BYTES = BITS / 8;

    private static final Pattern SIGNATURE = Pattern.compile("^(\\w+)\\(((?:\\w+)(?:,\\w+)*)?\\)$");

    private final byte[] bits = new byte[BYTES];

    /** The bloom of a result's event logs in their JSON form ({@code scoreAddress}, {@code indexed}, {@code data}). */
    public static LogsBloom of(List<?> eventLogs) {
        LogsBloom bloom = new LogsBloom();
        if (eventLogs == null) {
            return bloom;
        }
        for (Object log : eventLogs) {
            if (log instanceof Map<?, ?> m && m.get("indexed") instanceof List<?> indexed) {
                try {
                    bloom.addLog(IconAddress.parse("scoreAddress", m.get("scoreAddress")), indexedBytes(indexed));
                } catch (IconFormatException notAnAddress) {
                    // not a log ICON could hold: it adds nothing
                }
            }
        }
        return bloom;
    }

    /** Adds one event log of {@code score}: {@code indexed} holds the signature's bytes first; null items are skipped. */
    public void addLog(IconAddress score, List<byte[]> indexed) {
        if (indexed.isEmpty()) {
            return;
        }
        byte[] address = new byte[22];
        address[0] = (byte) 0xff;
        System.arraycopy(addressBytes(score), 0, address, 1, 21);
        add(address);
        for (int i = 0; i < indexed.size(); i++) {
            byte[] value = indexed.get(i);
            if (value != null) {
                byte[] item = new byte[value.length + 1];
                item[0] = (byte) i;
                System.arraycopy(value, 0, item, 1, value.length);
                add(item);
            }
        }
    }

    /** Sets every bit {@code other} has (a block's bloom is its results' merged). */
    public void merge(LogsBloom other) {
        for (int i = 0; i < BYTES; i++) {
            bits[i] |= other.bits[i];
        }
    }

    /** {@code "0x"} and 512 lowercase hex digits. */
    public String toHex() {
        return "0x" + Hex.encode(bits);
    }

    @Override
    public String toString() {
        return toHex();
    }

    private void add(byte[] item) {
        byte[] h = Hashes.sha3_256(item);
        for (int k = 0; k < 3; k++) {
            int bit = (((h[2 * k] & 0xff) << 8) | (h[2 * k + 1] & 0xff)) & (BITS - 1);
            bits[BYTES - 1 - bit / 8] |= (byte) (1 << (bit % 8));
        }
    }

    /** The bytes goloop logs for a stored log's indexed values; null where a value is null or does not read as its type. */
    static List<byte[]> indexedBytes(List<?> indexed) {
        List<byte[]> out = new ArrayList<>();
        if (indexed.isEmpty() || !(indexed.get(0) instanceof String signature)) {
            return out;
        }
        out.add(signature.getBytes(StandardCharsets.UTF_8));
        Matcher m = SIGNATURE.matcher(signature);
        String[] types = m.matches() && m.group(2) != null ? m.group(2).split(",") : new String[0];
        for (int i = 1; i < indexed.size(); i++) {
            out.add(i - 1 < types.length ? valueBytes(types[i - 1], indexed.get(i)) : null);
        }
        return out;
    }

    /** goloop's {@code EventDataStringToBytesByType}; null for a null value or one that does not read as {@code type}. */
    static byte[] valueBytes(String type, Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return switch (type) {
                case "Address" -> addressBytes(IconAddress.parse("indexed", text));
                case "int" -> integer(text).toByteArray();
                case "bool" -> switch (text) {
                    case "0x1" -> new byte[] {1};
                    case "0x0" -> new byte[] {0};
                    default -> null;
                };
                case "str" -> text.getBytes(StandardCharsets.UTF_8);
                case "bytes" -> text.startsWith("0x") ? Hex.decode(text.substring(2)) : null;
                default -> null;
            };
        } catch (IllegalArgumentException notThatType) {
            return null;
        }
    }

    /** goloop's 21 bytes of an address: 0 (account) or 1 (contract), then the 20-byte body. */
    private static byte[] addressBytes(IconAddress address) {
        byte[] out = new byte[21];
        out[0] = (byte) (address.contract() ? 1 : 0);
        System.arraycopy(Hex.decode(address.body()), 0, out, 1, 20);
        return out;
    }

    private static BigInteger integer(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (!digits.startsWith("0x")) {
            throw new IllegalArgumentException("not a hex integer: " + text);
        }
        BigInteger magnitude = new BigInteger(digits.substring(2), 16);
        return negative ? magnitude.negate() : magnitude;
    }
}
