package org.loopchain.score.engine;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The result root of a block's SCORE calls: {@code sha256hex(outcomesDigest ‖ writesDigest)}, and
 * {@code ‖ balancesDigest} after them when the calls moved coin. {@code outcomesDigest} is SHA-256
 * over each outcome's canonical JSON ({@code code}, {@code message}, {@code result},
 * {@code eventLogs}) in order; {@code writesDigest} is SHA-256 over, for each write in key order,
 * {@code len32(key) ‖ key ‖ (0x00 | 0x01 ‖ len32(value) ‖ value)}; {@code balancesDigest} is
 * SHA-256 over, for each moved balance in address order, {@code len32(address) ‖ address (UTF-8)
 * ‖ len32(balance) ‖ balance (two's complement, as BigInteger.toByteArray)}. A block whose calls
 * move no coin has the root it had before calls could.
 */
final class ResultRoot {

    private ResultRoot() {
    }

    static String of(List<TxOutcome> outcomes, SortedMap<String, byte[]> writes, SortedMap<String, BigInteger> balances) {
        ByteArrayOutputStream outcomeBytes = new ByteArrayOutputStream();
        for (TxOutcome outcome : outcomes) {
            outcomeBytes.writeBytes(CanonicalJson.write(json(outcome)).getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream writeBytes = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> write : writes.entrySet()) {
            byte[] key = HexFormat.of().parseHex(write.getKey());
            writeBytes.writeBytes(len32(key.length));
            writeBytes.writeBytes(key);
            if (write.getValue() == null) {
                writeBytes.write(0);
            } else {
                writeBytes.write(1);
                writeBytes.writeBytes(len32(write.getValue().length));
                writeBytes.writeBytes(write.getValue());
            }
        }
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(sha256(outcomeBytes.toByteArray()));
        both.writeBytes(sha256(writeBytes.toByteArray()));
        if (!balances.isEmpty()) {
            ByteArrayOutputStream balanceBytes = new ByteArrayOutputStream();
            balances.forEach((address, balance) -> {
                byte[] name = address.getBytes(StandardCharsets.UTF_8);
                byte[] amount = balance.toByteArray();
                balanceBytes.writeBytes(len32(name.length));
                balanceBytes.writeBytes(name);
                balanceBytes.writeBytes(len32(amount.length));
                balanceBytes.writeBytes(amount);
            });
            both.writeBytes(sha256(balanceBytes.toByteArray()));
        }
        return HexFormat.of().formatHex(sha256(both.toByteArray()));
    }

    /** The canonical JSON form of an outcome, as hashed. */
    static Map<String, Object> json(TxOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", outcome.code());
        json.put("message", outcome.message());
        json.put("result", outcome.result());
        List<Object> logs = new ArrayList<>();
        for (EventLog log : outcome.eventLogs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("scoreAddress", log.scoreAddress());
            entry.put("indexed", log.indexed());
            entry.put("data", log.data());
            logs.add(entry);
        }
        json.put("eventLogs", logs);
        return json;
    }

    private static byte[] len32(int length) {
        return ByteBuffer.allocate(4).putInt(length).array();
    }

    private static byte[] sha256(byte[] bytes) {
        return ScoreCrypto.hash("sha-256", bytes);
    }
}
