package org.loopchain.score.host;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loopchain.coin.V3Outcome;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.score.engine.ScoreCall;

/**
 * A client-signed ICON v3 transaction that calls a SCORE ({@code dataType} {@code call}): its
 * signer is the caller, {@code to} names the SCORE ({@code cx…}), {@code data.method} and
 * {@code data.params} the call. Its step budget in the engine is its {@code stepLimit} less the
 * steps its transaction costs before the SCORE runs ({@link V3Outcome#steps}); its {@code value}
 * goes to the SCORE with the call.
 */
public record V3ScoreCall(V3Transaction tx, String method, Map<String, Object> params) {

    /** The call {@code tx} makes, if it is a v3 SCORE call. */
    public static Optional<V3ScoreCall> of(Transaction tx) {
        if (tx.kind() != TxKind.ICON_V3 || tx.data().indexOf("\"call\"") < 0) {
            return Optional.empty(); // a call's params hold "dataType": "call"; the others are not parsed (the pool asks per tx)
        }
        V3Transaction v3 = V3Transactions.parse(tx);
        if (!"call".equals(v3.dataType()) || !(v3.data() instanceof Map<?, ?> data) || !(data.get("method") instanceof String m)) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (data.get("params") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> params.put(String.valueOf(k), v));
        }
        return Optional.of(new V3ScoreCall(v3, m, params));
    }

    /** The steps left for the SCORE: {@code stepLimit} less the transaction's own steps (0 or less: none). */
    public BigInteger budget() {
        return tx.stepLimit().subtract(V3Outcome.steps(tx));
    }

    /** The engine's call, at {@code index} in its block. */
    ScoreCall toScoreCall(int index) {
        long budget = budget().min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
        return new ScoreCall(tx.hash().hex(), index, tx.timestampMicros(), tx.from().toString(), method, params, budget,
                tx.value());
    }
}
