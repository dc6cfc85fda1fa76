package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.core.json.Json;

/**
 * What the channel keeps of a contract deployed by a v3 transaction, beside its jar and storage:
 * its owner (the deployer, the contract's {@code Context.getOwner()}, kept by updates), and of the
 * code in place: the jar's SHA-256, the deploy or update transaction that put it there and the
 * height of its block. Stored as JSON.
 */
record ContractRecord(String owner, String sha256, String txHash, long height) {

    byte[] toBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("owner", owner);
        m.put("sha256", sha256);
        m.put("tx_hash", txHash);
        m.put("height", height);
        return Json.pyDumps(m).getBytes(StandardCharsets.UTF_8);
    }

    static ContractRecord fromBytes(byte[] bytes) {
        Map<?, ?> m = (Map<?, ?>) Json.parse(new String(bytes, StandardCharsets.UTF_8));
        return new ContractRecord((String) m.get("owner"), (String) m.get("sha256"), (String) m.get("tx_hash"),
                ((Number) m.get("height")).longValue());
    }

    /** The public form: address and these fields. */
    Map<String, Object> toJson(String address) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", address);
        m.put("owner", owner);
        m.put("sha256", sha256);
        m.put("tx_hash", "0x" + txHash);
        m.put("height", height);
        return m;
    }
}
