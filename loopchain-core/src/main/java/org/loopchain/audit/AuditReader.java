package org.loopchain.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loopchain.channel.BlockHistory;
import org.loopchain.channel.StoredTx;
import org.loopchain.channel.TxLookup;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;

/**
 * The reads the audit API offers on one node's committed data: a channel's full transactions with
 * their SCORE results by height range, by hash, or by sender (the {@code from} of the transaction's
 * data) or signer (its public key). Ranges are bounded ({@link ConfigKeys.Audit#MAX_HEIGHT_SPAN} heights,
 * {@link ConfigKeys.Audit#MAX_RECORDS} records); a bad request is an {@link IllegalArgumentException}
 * whose message says what to change.
 */
public final class AuditReader {

    private final BlockHistory blocks;
    private final TxLookup transactions;

    public AuditReader(BlockHistory blocks, TxLookup transactions) {
        this.blocks = blocks;
        this.transactions = transactions;
    }

    /**
     * The heights {@code from..to} of {@code channel} as a checked range, cut at the last committed
     * block: {@code to} defaults to the last block, {@code from} to {@link ConfigKeys.Audit#MAX_HEIGHT_SPAN}
     * heights below {@code to}.
     */
    public HeightRange range(String channel, Long from, Long to) {
        long last = blocks.lastBlock(channel).map(b -> b.height()).orElse(-1L);
        long end = to == null ? last : to;
        long start = from == null ? Math.max(0, end - ConfigKeys.Audit.MAX_HEIGHT_SPAN + 1) : from;
        if (start < 0 || end < 0 && to != null) {
            throw new IllegalArgumentException("heights are 0 or more");
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("from_height " + from + " is above to_height " + to);
        }
        if (end - start + 1 > ConfigKeys.Audit.MAX_HEIGHT_SPAN) {
            throw new IllegalArgumentException("at most " + ConfigKeys.Audit.MAX_HEIGHT_SPAN + " heights per read");
        }
        return new HeightRange(start, Math.min(end, last));
    }

    /** The committed transactions of the heights in {@code range}, oldest first, whose sender or signer is {@code party} (null: all). */
    public List<Map<String, Object>> transactions(String channel, HeightRange range, String party) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (long h = range.from(); h <= range.to(); h++) {
            int index = 0;
            for (Transaction tx : blocks.transactionsOf(channel, h)) {
                if (party == null || involves(tx, party)) {
                    if (out.size() == ConfigKeys.Audit.MAX_RECORDS) {
                        throw new IllegalArgumentException("more than " + ConfigKeys.Audit.MAX_RECORDS
                                + " transactions: read a smaller height range");
                    }
                    out.add(record(channel, tx, h, index));
                }
                index++;
            }
        }
        return out;
    }

    /** The transaction {@code hash} with its block height and result; empty when the channel has no such transaction. */
    public Optional<Map<String, Object>> transaction(String channel, String hash) {
        return transactions.transaction(channel, hash).map(stored -> record(channel, stored));
    }

    private Map<String, Object> record(String channel, StoredTx stored) {
        Map<String, Object> m = record(channel, stored.tx(), stored.pending() ? null : stored.blockHeight().getAsLong(), null);
        if (stored.pending()) {
            m.put("pending", true);
        }
        return m;
    }

    private Map<String, Object> record(String channel, Transaction tx, Long height, Integer index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tx_hash", tx.hash());
        m.put("channel", channel);
        m.put("block_height", height);
        if (index != null) {
            m.put("tx_index", index);
        }
        m.put("kind", tx.kind().name().toLowerCase(Locale.ROOT));
        m.put("timestamp_micros", tx.timestampMicros());
        m.put("data", parsed(tx.data()));
        m.put("meta", tx.meta().asMap());
        m.put("signature", tx.signature());
        m.put("public_key", tx.publicKey());
        m.put("result", height == null ? null : transactions.result(channel, tx.hash()).map(AuditReader::parsed).orElse(null));
        return m;
    }

    private static boolean involves(Transaction tx, String party) {
        if (!tx.publicKey().isEmpty() && tx.publicKey().equals(party)) {
            return true;
        }
        return parsed(tx.data()) instanceof Map<?, ?> data && data.get("from") instanceof String from
                && from.equalsIgnoreCase(party);
    }

    private static Object parsed(String json) {
        try {
            return Json.parse(json);
        } catch (RuntimeException e) {
            return json;
        }
    }

    /** An inclusive range of block heights; empty when {@code to < from} (nothing committed there yet). */
    public record HeightRange(long from, long to) {
    }
}
