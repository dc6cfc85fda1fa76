package org.loopchain.coin;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.V3Transaction;
import org.loopchain.core.json.Json;

/**
 * Executes one v3 transaction on the coin: the steps it uses ({@link #STEP_DEFAULT} plus
 * {@link #STEP_PER_DATA_BYTE} for each byte of its {@code data}, as goloop's default schedule), the
 * fee at the channel's step price, then its {@code value} to {@code to}. A transaction that cannot
 * pay fails (status {@code 0x0}) with goloop's codes: {@code 0xa} out of step, {@code 0xb} out of
 * balance; what it could pay of the fee is still charged, its value is not moved.
 */
public final class V3Outcome {

    public static final long STEP_DEFAULT = 100_000;
    public static final long STEP_PER_DATA_BYTE = 200;
    static final int CONTRACT_NOT_FOUND = 0x2;
    static final int OUT_OF_STEP = 0xa;
    static final int OUT_OF_BALANCE = 0xb;

    private V3Outcome() {
    }

    /** The steps {@code tx} uses. */
    public static BigInteger steps(V3Transaction tx) {
        return steps(tx.data());
    }

    /** The steps a transaction with {@code data} (null if none) uses. */
    public static BigInteger steps(Object data) {
        long bytes = data == null ? 0 : Json.pyDumps(data).getBytes(StandardCharsets.UTF_8).length;
        return BigInteger.valueOf(STEP_DEFAULT + STEP_PER_DATA_BYTE * bytes);
    }

    /** Runs {@code tx} on {@code ledger}; its result in ICON's field names (status, stepUsed, stepPrice, failure). */
    public static Map<String, Object> execute(CoinLedger ledger, BigInteger stepPrice, V3Transaction tx) {
        BigInteger steps = steps(tx);
        BigInteger value = tx.value() == null ? BigInteger.ZERO : tx.value();
        if (tx.stepLimit().compareTo(steps) < 0) {
            BigInteger fee = tx.stepLimit().multiply(stepPrice);
            ledger.transfer(tx.from(), CoinLedger.TREASURY, fee.min(ledger.balance(tx.from())));
            return result(tx.stepLimit(), stepPrice, OUT_OF_STEP, "Out of step: " + steps + " steps needed, limit "
                    + tx.stepLimit());
        }
        BigInteger fee = steps.multiply(stepPrice);
        BigInteger balance = ledger.balance(tx.from());
        if (balance.compareTo(fee.add(value)) < 0) {
            ledger.transfer(tx.from(), CoinLedger.TREASURY, fee.min(balance));
            return result(steps, stepPrice, OUT_OF_BALANCE, "Out of balance: " + balance + " < value " + value + " + fee " + fee);
        }
        ledger.transfer(tx.from(), CoinLedger.TREASURY, fee);
        ledger.transfer(tx.from(), tx.to(), value);
        return result(steps, stepPrice, 0, "");
    }

    /**
     * The first half of a SCORE call ({@code dataType} {@code call}): refuses one whose
     * {@code stepLimit} leaves the SCORE no step, or whose sender cannot pay {@code stepLimit} at the
     * step price plus its {@code value} (charging what it can of its own steps, as
     * {@link #execute}); otherwise charges the whole {@code stepLimit} and answers empty: the SCORE
     * may run (the engine moves the value to it if the method is payable and the call succeeds),
     * and {@link #settle} refunds what it did not use.
     */
    public static Optional<Map<String, Object>> reserve(CoinLedger ledger, BigInteger stepPrice, V3Transaction tx) {
        BigInteger steps = steps(tx);
        BigInteger value = tx.value() == null ? BigInteger.ZERO : tx.value();
        if (tx.stepLimit().compareTo(steps) <= 0) {
            BigInteger fee = tx.stepLimit().multiply(stepPrice);
            ledger.transfer(tx.from(), CoinLedger.TREASURY, fee.min(ledger.balance(tx.from())));
            return Optional.of(result(tx.stepLimit(), stepPrice, OUT_OF_STEP, "Out of step: " + steps
                    + " steps before the SCORE runs, limit " + tx.stepLimit()));
        }
        BigInteger reserved = tx.stepLimit().multiply(stepPrice);
        BigInteger balance = ledger.balance(tx.from());
        if (balance.compareTo(reserved.add(value)) < 0) {
            ledger.transfer(tx.from(), CoinLedger.TREASURY, steps.multiply(stepPrice).min(balance));
            return Optional.of(result(steps, stepPrice, OUT_OF_BALANCE, "Out of balance: " + balance + " < value " + value
                    + " + step limit " + tx.stepLimit() + " x step price " + stepPrice));
        }
        ledger.transfer(tx.from(), CoinLedger.TREASURY, reserved);
        return Optional.empty();
    }

    /**
     * The second half of a SCORE call that {@link #reserve} let run: its result from the SCORE's
     * ({@code code}, {@code message}, {@code eventLogs}, {@code stepUsed}, a deploy's {@code scoreAddress};
     * null when no SCORE ran it,
     * as when {@code to} is not the channel's SCORE), its steps the transaction's plus the SCORE's,
     * and the unused part of the reserved fee back to the sender.
     */
    public static Map<String, Object> settle(CoinLedger ledger, BigInteger stepPrice, V3Transaction tx, String scoreResult) {
        BigInteger steps = steps(tx);
        Map<String, Object> m;
        if (scoreResult == null) {
            m = result(steps, stepPrice, CONTRACT_NOT_FOUND, "Contract not found: no SCORE at " + tx.to() + " on this channel");
        } else {
            Map<?, ?> score = (Map<?, ?>) Json.parse(scoreResult);
            int code = ((Number) score.get("code")).intValue();
            steps = steps.add(BigInteger.valueOf(((Number) score.get("stepUsed")).longValue()));
            m = result(steps, stepPrice, code, code == 0 ? "" : String.valueOf(score.get("message")));
            m.put("eventLogs", score.get("eventLogs"));
            if (score.get("scoreAddress") != null) {
                m.put("scoreAddress", score.get("scoreAddress"));
            }
        }
        ledger.transfer(CoinLedger.TREASURY, tx.from(), tx.stepLimit().subtract(steps).max(BigInteger.ZERO).multiply(stepPrice));
        return m;
    }

    private static Map<String, Object> result(BigInteger steps, BigInteger stepPrice, int code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", code == 0 ? "0x1" : "0x0");
        m.put("stepUsed", IconHex.format(steps));
        m.put("stepPrice", IconHex.format(stepPrice));
        m.put("eventLogs", List.of());
        if (code != 0) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("code", IconHex.format(BigInteger.valueOf(code)));
            failure.put("message", message);
            m.put("failure", failure);
        }
        return m;
    }
}
