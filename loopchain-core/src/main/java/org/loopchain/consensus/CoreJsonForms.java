package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.core.tx.TxMeta;

/** JSON object forms of core blocks and transactions, every field kept, for the consensus wire. */
public final class CoreJsonForms {

    private CoreJsonForms() {
    }

    static Map<String, Object> block(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", b.channel());
        m.put("height", b.height());
        m.put("hash", b.hash());
        m.put("prev_hash", b.prevHash());
        m.put("merkle_root", b.merkleRoot());
        m.put("time_stamp", b.timestampMicros());
        m.put("peer_id", b.peerId());
        m.put("signature", b.signature());
        m.put("public_key", b.publicKey());
        m.put("tx_hashes", new ArrayList<Object>(b.txHashes()));
        m.put("result_root", b.resultRoot());
        return m;
    }

    static Block block(JsonFields f) {
        List<String> txHashes = new ArrayList<>();
        for (Object o : f.list("tx_hashes")) {
            if (!(o instanceof String s)) {
                throw new MalformedMessageException("block.tx_hashes holds a non-string");
            }
            txHashes.add(s);
        }
        return new Block(f.string("channel"), f.number("height"), f.string("hash"), f.string("prev_hash"),
                f.string("merkle_root"), f.number("time_stamp"), f.string("peer_id"), f.string("signature"),
                f.string("public_key"), txHashes, f.optionalString("result_root"));
    }

    public static Map<String, Object> tx(Transaction t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.kind().name());
        m.put("hash", t.hash());
        m.put("channel", t.channel());
        m.put("meta", t.meta().asMap());
        m.put("data", t.data());
        m.put("time_stamp", t.timestampMicros());
        m.put("signature", t.signature());
        m.put("public_key", t.publicKey());
        return m;
    }

    static Transaction tx(JsonFields f) {
        TxKind kind;
        try {
            kind = TxKind.valueOf(f.string("kind"));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("unknown tx kind " + f.string("kind"));
        }
        JsonFields meta = f.object("meta");
        return new Transaction(kind, f.string("hash"), f.string("channel"), new TxMeta(meta.string("peer_id"),
                meta.string("score_id"), meta.string("score_version"), meta.string("channel_name")), f.string("data"),
                f.number("time_stamp"), f.string("signature"), f.string("public_key"));
    }

    public static List<Object> txs(List<Transaction> txs) {
        List<Object> out = new ArrayList<>();
        txs.forEach(t -> out.add(tx(t)));
        return out;
    }

    public static List<Transaction> txs(List<?> list, String where) {
        List<Transaction> out = new ArrayList<>();
        for (Object o : list) {
            out.add(tx(new JsonFields(o, where)));
        }
        return out;
    }
}
