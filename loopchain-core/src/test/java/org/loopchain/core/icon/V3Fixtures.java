package org.loopchain.core.icon;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.core.crypto.Hex;

/** Signed v3 params for tests, as a wallet makes them. */
public final class V3Fixtures {

    public static final IconKey ALICE = IconKey.of(Hex.decode("42a34cbac9b2931c6e99146b0f5d30de338c577f6a082beb3a2398dbb639b56c"));
    public static final IconKey BOB = IconKey.of(Hex.decode("00000000000000000000000000000000000000000000000000000000000000ff"));

    private V3Fixtures() {
    }

    /** A transfer of {@code value} from {@code key}'s account, unsigned; {@code nid} null leaves it out. */
    public static Map<String, Object> transfer(IconKey key, IconAddress to, long value, long timestampMicros, BigInteger nid) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", "0x3");
        p.put("from", key.address().toString());
        p.put("to", to.toString());
        p.put("value", IconHex.format(BigInteger.valueOf(value)));
        p.put("stepLimit", "0x186a0");
        p.put("timestamp", IconHex.format(BigInteger.valueOf(timestampMicros)));
        if (nid != null) {
            p.put("nid", IconHex.format(nid));
        }
        return p;
    }

    /** A SCORE call of {@code method} with {@code args} from {@code key}'s account, unsigned, nid 0x1, without value. */
    public static Map<String, Object> call(IconKey key, IconAddress score, String method, Map<String, Object> args, long stepLimit,
            long timestampMicros) {
        Map<String, Object> p = transfer(key, score, 0, timestampMicros, BigInteger.ONE);
        p.remove("value");
        p.put("stepLimit", IconHex.format(BigInteger.valueOf(stepLimit)));
        p.put("dataType", "call");
        p.put("data", args.isEmpty() ? Map.of("method", method) : Map.of("method", method, "params", args));
        return p;
    }

    /** {@code params} signed by {@code key} (not necessarily its {@code from}). */
    public static Map<String, Object> signed(Map<String, Object> params, IconKey key) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.remove("signature");
        p.put("signature", key.sign(IconTxHash.of(p)).base64());
        return p;
    }

    public static V3Transaction tx(Map<String, Object> params, IconKey key) {
        return V3Transaction.parse(signed(params, key));
    }
}
