package org.loopchain.channel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.validators.StoredHistory;
import org.loopchain.validators.ValidatorHistory;

/**
 * A block's validator changes as part of its execution: each configuration transaction gets a
 * result ({@code code} 0 with the change and its {@code effective_height}, or {@code code} 1 and why
 * it changes nothing), a block holding any has the result root SHA-256(root of the rest | results |
 * the history after it), and a block that changes the history stores it ({@link StoredHistory}).
 * So peers that would disagree on a change (other admins configured, say) disagree on that block,
 * not on a quorum later, and the outcome of each change is served like any transaction's result.
 */
final class ValidatorChangeExecution {

    private ValidatorChangeExecution() {
    }

    static Execution extend(Execution run, ValidatorHistory current, long height, List<Transaction> txs) {
        if (run.isRefused()) {
            return run;
        }
        ValidatorHistory.Preview preview = current.preview(height, txs);
        if (preview.outcomes().isEmpty()) {
            return run;
        }
        Map<String, String> results = new LinkedHashMap<>(run.results());
        List<Object> listed = new ArrayList<>();
        for (ValidatorHistory.Outcome o : preview.outcomes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            if (o.applied().isPresent()) {
                var e = o.applied().get();
                r.put("code", 0);
                r.put("validator_config", e.config().type());
                r.put("peer_id", e.config().peerId());
                r.put("sequence", e.config().sequence());
                r.put("effective_height", e.effectiveHeight());
            } else {
                r.put("code", 1);
                r.put("message", o.refused().orElseThrow().message());
            }
            listed.add(r);
            results.put(o.txHash(), Json.pyDumps(r));
        }
        byte[] history = StoredHistory.toBytes(preview.after());
        SortedMap<String, byte[]> writes = new TreeMap<>(run.writes());
        if (preview.after() != current) {
            writes.put(StoredHistory.KEY_HEX, history);
        }
        String root = Hashes.sha256Hex((run.resultRoot() + "|" + Json.pyDumps(listed) + "|").getBytes(StandardCharsets.UTF_8),
                history);
        return new Execution(root, results, writes, "");
    }
}
