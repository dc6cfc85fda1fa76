package org.loopchain.core.icon.rpc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.block.Block;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.LogsBloom;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;

/**
 * ICON's shapes of what the v3 methods return. A block is loopchain's v3 block (version
 * {@code 0.1a}: {@code prev_block_hash}, {@code merkle_tree_root_hash}, {@code time_stamp},
 * {@code height}, {@code confirmed_transaction_list}, …) with {@code 0x} hashes. A v3 transaction
 * is its params plus {@code txHash}, {@code txIndex}, {@code blockHeight}, {@code blockHash}; a v1
 * one is its {@code txHash}, {@code timestamp} and {@code data} with the same position fields. A
 * result's {@code logsBloom} is computed from its event logs when it is read ({@link LogsBloom}), so
 * it is neither stored nor under the result root. ICON's block in this shape has no
 * {@code logsBloom} (goloop keeps the block's, the OR of its receipts', in the block header only).
 */
public final class V3Forms {

    private V3Forms() {
    }

    public static String hash(String hex) {
        return hex.isEmpty() ? "" : "0x" + hex;
    }

    public static Map<String, Object> block(Block b, List<Transaction> txs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "0.1a");
        m.put("prev_block_hash", hash(b.prevHash()));
        m.put("merkle_tree_root_hash", hash(b.merkleRoot()));
        m.put("time_stamp", b.timestampMicros());
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            list.add(tx(txs.get(i), b, i));
        }
        m.put("confirmed_transaction_list", list);
        m.put("block_hash", hash(b.hash()));
        m.put("height", b.height());
        m.put("peer_id", b.peerId());
        m.put("signature", b.signature());
        return m;
    }

    /** A transaction; {@code block} is null while it is pending. */
    public static Map<String, Object> tx(Transaction tx, Block block, int index) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (tx.kind() == TxKind.ICON_V3) {
            m.putAll(V3Transactions.params(tx));
        } else {
            m.put("timestamp", IconHex.format(BigInteger.valueOf(tx.timestampMicros())));
            m.put("data", Json.parse(tx.data()));
        }
        m.put("txHash", hash(tx.hash()));
        if (block != null) {
            position(m, block, index);
        }
        return m;
    }

    /**
     * A committed transaction's result: the stored v3 result, or a v1 one made from its SCORE result
     * ({@code code} 0 or none: success).
     */
    public static Map<String, Object> result(Transaction tx, Block block, int index, String stored) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (tx.kind() == TxKind.ICON_V3) {
            Map<String, Object> params = V3Transactions.params(tx);
            Map<?, ?> result = (Map<?, ?>) Json.parse(stored);
            m.put("status", result.get("status"));
            m.put("to", params.get("to"));
            m.put("txHash", hash(tx.hash()));
            position(m, block, index);
            m.put("cumulativeStepUsed", result.get("cumulativeStepUsed"));
            m.put("stepUsed", result.get("stepUsed"));
            m.put("stepPrice", result.get("stepPrice"));
            m.put("eventLogs", result.get("eventLogs"));
            m.put("logsBloom", bloom(result.get("eventLogs")));
            if (result.containsKey("scoreAddress")) {
                m.put("scoreAddress", result.get("scoreAddress"));
            }
            if (result.containsKey("failure")) {
                m.put("failure", result.get("failure"));
            }
            return m;
        }
        Map<?, ?> result = stored == null ? Map.of() : (Map<?, ?>) Json.parse(stored);
        long code = result.get("code") instanceof Number n ? n.longValue() : 0;
        m.put("status", code == 0 ? "0x1" : "0x0");
        m.put("txHash", hash(tx.hash()));
        position(m, block, index);
        m.put("stepUsed", IconHex.format(BigInteger.valueOf(result.get("stepUsed") instanceof Number n ? n.longValue() : 0)));
        m.put("eventLogs", result.containsKey("eventLogs") ? result.get("eventLogs") : List.of());
        m.put("logsBloom", bloom(result.get("eventLogs")));
        if (code != 0) {
            m.put("failure", Map.of("code", IconHex.format(BigInteger.valueOf(Math.abs(code))),
                    "message", String.valueOf(result.get("message"))));
        }
        return m;
    }

    /** ICON's bloom of a result's event logs ({@link LogsBloom}); all zeros when it has none. */
    private static String bloom(Object eventLogs) {
        return LogsBloom.of(eventLogs instanceof List<?> logs ? logs : List.of()).toHex();
    }

    private static void position(Map<String, Object> m, Block block, int index) {
        m.put("txIndex", IconHex.format(BigInteger.valueOf(index)));
        m.put("blockHeight", IconHex.format(BigInteger.valueOf(block.height())));
        m.put("blockHash", hash(block.hash()));
    }
}
