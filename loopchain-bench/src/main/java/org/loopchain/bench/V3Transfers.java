package org.loopchain.bench;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.IconKey;
import org.loopchain.core.icon.IconSerializer;
import org.loopchain.core.icon.IconTxHash;
import org.loopchain.core.json.Json;

/**
 * The v3 phase of {@link Bench}: ICON {@code icx_sendTransaction}s signed here, by the client, as a
 * wallet signs them (SHA3-256 of ICON's serialisation, a recoverable secp256k1 signature), each a
 * transfer of {@code value} loop from the client's own fresh account to an address made from
 * {@code i}. At step price 0 (the default) a fresh account can send value 0; each peer recovers the
 * signer of every transaction, which is the cost v3 adds to v1.
 */
final class V3Transfers implements Load {

    private static final String STEP_LIMIT = "0x186a0";

    private final String path;
    private final String nid;
    private final BigInteger value;
    private final IconKey[] wallets;

    /**
     * @param channel the channel ({@code /api/v3/CHANNEL}); null: the peer's default channel
     * @param nid     the channel's network id
     * @param value   loop per transfer
     * @param clients one wallet per client
     */
    V3Transfers(String channel, BigInteger nid, BigInteger value, int clients) {
        this.path = channel == null ? "/api/v3" : "/api/v3/" + channel;
        this.nid = IconHex.format(nid);
        this.value = value;
        SecureRandom random = new SecureRandom();
        this.wallets = new IconKey[clients];
        for (int c = 0; c < clients; c++) {
            wallets[c] = IconKey.generate(random);
        }
    }

    @Override
    public String label() {
        return "v3 signed transfers";
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String body(int i, int client) {
        return request(i, params(wallets[client], i, System.currentTimeMillis() * 1000));
    }

    /** The signed params of transfer {@code i} from {@code wallet} at {@code timestampMicros}. */
    Map<String, Object> params(IconKey wallet, int i, long timestampMicros) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", "0x3");
        p.put("from", wallet.address().toString());
        p.put("to", String.format("hx%040x", i + 1));
        p.put("value", IconHex.format(value));
        p.put("stepLimit", STEP_LIMIT);
        p.put("timestamp", IconHex.format(BigInteger.valueOf(timestampMicros)));
        p.put("nid", nid);
        p.put("nonce", IconHex.format(BigInteger.valueOf(i)));
        p.put(IconSerializer.SIGNATURE, wallet.sign(IconTxHash.of(p)).base64());
        return p;
    }

    static String request(int id, Map<String, Object> params) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.put("method", IconSerializer.PREFIX);
        request.put("id", id);
        request.put("params", params);
        return Json.pyDumps(request);
    }

    /** The hash of an accepted transaction as the v1 blocks list it: ICON's {@code 0x} hash without the prefix. */
    @Override
    public Optional<String> acceptedHash(HttpConnection.Reply reply) {
        if (reply.status() != 200 || !(Json.parse(reply.body()) instanceof Map<?, ?> answer)
                || !(answer.get("result") instanceof String hash) || !hash.startsWith("0x")) {
            return Optional.empty();
        }
        return Optional.of(hash.substring(2));
    }
}
