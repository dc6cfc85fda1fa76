package org.loopchain.core.icon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.core.tx.TxMeta;

/**
 * ICON v3 transactions as {@link Transaction}s of kind {@link TxKind#ICON_V3}, carried in the same
 * blocks as v1 ones: the hash is the v3 hash without {@code 0x} (so the v1 merkle tree and block
 * hash take it unchanged), the data is the params as received (signature included, written by
 * {@link Json#pyDumps}), the time stamp is the params' {@code timestamp}, the signature is the
 * client's base64 one and the public key is empty (the signer is recovered). The meta names the
 * receiving peer and the channel, with no SCORE; it is not hashed.
 */
public final class V3Transactions {

    private V3Transactions() {
    }

    /** {@code tx} as received by {@code peerId} on {@code channel}. */
    public static Transaction of(String channel, String peerId, V3Transaction tx) {
        String hash = tx.hash().hex();
        return new Transaction(TxKind.ICON_V3, hash, channel, new TxMeta(peerId, "", "", channel),
                Json.pyDumps(tx.params()), tx.timestampMicros(), tx.signature().base64(), "");
    }

    /** The v3 transaction a stored one carries. */
    public static V3Transaction parse(Transaction tx) {
        try {
            return V3Transaction.parse(Json.parse(tx.data()));
        } catch (JsonException e) {
            throw new IconFormatException("data is not JSON: " + e.getMessage());
        }
    }

    /**
     * What is wrong with {@code tx}, one short sentence each; empty if it is a v3 transaction whose
     * params parse, hash to its hash, carry its signature and are signed by their {@code from}.
     */
    public static List<String> problems(Transaction tx) {
        List<String> problems = new ArrayList<>();
        if (tx.kind() != TxKind.ICON_V3) {
            problems.add("tx " + tx.hash() + " is " + tx.kind() + ", not ICON_V3");
            return problems;
        }
        V3Transaction v3;
        try {
            v3 = parse(tx);
        } catch (IconFormatException e) {
            problems.add("tx " + tx.hash() + " is not a valid v3 transaction: " + e.getMessage());
            return problems;
        }
        if (!v3.hash().hex().equals(tx.hash())) {
            problems.add("tx " + tx.hash() + " hash does not recompute (expected " + v3.hash().hex() + ")");
        } else if (v3.timestampMicros() != tx.timestampMicros() || !v3.signature().base64().equals(tx.signature())) {
            problems.add("tx " + tx.hash() + " time stamp or signature differ from its params");
        } else if (!v3.verify()) {
            problems.add("tx " + tx.hash() + " signature does not recover its from " + v3.from());
        }
        return problems;
    }

    /** The params of a stored v3 transaction, as received. */
    public static Map<String, Object> params(Transaction tx) {
        return parse(tx).params();
    }
}
