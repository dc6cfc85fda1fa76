package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import foundation.icon.icx.KeyWallet;
import foundation.icon.icx.SignedTransaction;
import foundation.icon.icx.Transaction;
import foundation.icon.icx.TransactionBuilder;
import foundation.icon.icx.data.Address;
import foundation.icon.icx.data.Bytes;
import foundation.icon.icx.transport.jsonrpc.RpcArray;
import foundation.icon.icx.transport.jsonrpc.RpcItem;
import foundation.icon.icx.transport.jsonrpc.RpcObject;
import foundation.icon.icx.transport.jsonrpc.RpcValue;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;

/**
 * Random transactions built and signed by ICON's own Java SDK (foundation.icon:icon-sdk, test
 * scope): our serialised text, hash, signature and verdict must equal the SDK's.
 *
 * <p>The SDK's serialiser is package-private; it is called by reflection to compare the text
 * itself. The hash is compared through the signature: signing is deterministic, so the SDK's
 * signature equals ours over our hash only if the hashes are equal.
 */
class IconSdkCrossCheckTest {

    private static final String SPECIAL = "abc.{}[]\\ /:,\"'é한😀0x";

    @Test
    void randomSdkTransactionsHashSignAndVerifyAsTheSdkDoes() throws Exception {
        Random random = new Random(20261204);
        Method serialize = SignedTransaction.class.getDeclaredMethod("serialize", RpcObject.class);
        serialize.setAccessible(true);
        Method unsignedProperties = SignedTransaction.class.getDeclaredMethod("getTransactionProperties");
        unsignedProperties.setAccessible(true);
        for (int i = 0; i < 200; i++) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            secret[0] &= 0x7f; // below the group order
            secret[31] |= 1;   // not zero
            KeyWallet wallet = KeyWallet.load(new Bytes(secret));
            IconKey key = IconKey.of(secret);
            assertEquals(wallet.getAddress().toString(), key.address().toString(), "address of key " + i);

            SignedTransaction sdk = new SignedTransaction(randomTransaction(random, wallet.getAddress()), wallet);
            RpcObject properties = sdk.getProperties();
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) Json.parse(Json.pyDumps(toJson(properties)));

            String sdkText = (String) serialize.invoke(sdk, unsignedProperties.invoke(sdk));
            assertEquals(sdkText, IconSerializer.serialize(params), "serialised text of transaction " + i);

            IconTxHash hash = IconTxHash.of(params);
            String sdkSignature = properties.getItem("signature").asString();
            assertEquals(sdkSignature, key.sign(hash).base64(), "signature of transaction " + i);
            assertEquals(Hex.encode(wallet.sign(hash.bytes())), Hex.encode(key.sign(hash).bytes()), "signature of our hash, " + i);

            V3Transaction tx = V3Transaction.parse(params);
            assertEquals(hash, tx.hash());
            assertTrue(tx.verify(), "verify transaction " + i + ": " + params);
        }
    }

    private static Transaction randomTransaction(Random random, Address from) {
        TransactionBuilder.Builder b = TransactionBuilder.newBuilder()
                .nid(BigInteger.valueOf(1 + random.nextInt(0x1000)))
                .from(from)
                .stepLimit(new BigInteger(1 + random.nextInt(40), random).add(BigInteger.ONE))
                .timestamp(BigInteger.valueOf(1_500_000_000_000_000L + (random.nextLong() >>> 20)));
        int kind = random.nextInt(4);
        if (kind != 2 && random.nextBoolean()) {
            b.value(new BigInteger(random.nextInt(90), random));
        }
        if (random.nextBoolean()) {
            b.nonce(new BigInteger(random.nextInt(64), random));
        }
        switch (kind) {
            case 0 -> {
                return b.to(new Address(randomAddress(random, "hx"))).build();
            }
            case 1 -> {
                return b.to(new Address(randomAddress(random, "cx"))).call(randomString(random, "m"))
                        .params(randomObject(random, 0)).build();
            }
            case 2 -> {
                byte[] content = new byte[1 + random.nextInt(64)];
                random.nextBytes(content);
                return b.to(new Address("cx0000000000000000000000000000000000000000"))
                        .deploy(random.nextBoolean() ? "application/zip" : "application/java", content)
                        .params(randomObject(random, 0)).build();
            }
            default -> {
                return b.to(new Address(randomAddress(random, "hx"))).message(randomString(random, "")).build();
            }
        }
    }

    private static RpcObject randomObject(Random random, int depth) {
        RpcObject.Builder object = new RpcObject.Builder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            // keys as the SDK writes them unescaped: no . { } [ ] \ (goloop escapes keys; see IconSerializerTest)
            object.put("k" + random.nextInt(1000) + (random.nextBoolean() ? "_A" : "b"), randomItem(random, depth + 1));
        }
        return object.build();
    }

    private static RpcItem randomItem(Random random, int depth) {
        switch (depth >= 3 ? random.nextInt(4) : random.nextInt(6)) {
            case 0:
                return new RpcValue(randomString(random, ""));
            case 1:
                return new RpcValue(new BigInteger(random.nextInt(100), random));
            case 2:
                return new RpcValue(random.nextBoolean());
            case 3: {
                byte[] bytes = new byte[random.nextInt(8)];
                random.nextBytes(bytes);
                return new RpcValue(bytes);
            }
            case 4:
                return randomObject(random, depth);
            default: {
                RpcArray.Builder array = new RpcArray.Builder();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.add(randomItem(random, depth + 1));
                }
                return array.build();
            }
        }
    }

    private static String randomString(Random random, String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(SPECIAL.codePointAt(SPECIAL.offsetByCodePoints(0, random.nextInt(SPECIAL.codePointCount(0, SPECIAL.length())))));
        }
        return s.toString();
    }

    private static String randomAddress(Random random, String prefix) {
        byte[] body = new byte[20];
        random.nextBytes(body);
        return prefix + Hex.encode(body);
    }

    /** The SDK's params as our JSON model: objects to maps, arrays to lists, values to their strings. */
    private static Object toJson(RpcItem item) {
        if (item instanceof RpcObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : object.keySet()) {
                map.put(key, toJson(object.getItem(key)));
            }
            return map;
        }
        if (item instanceof RpcArray array) {
            List<Object> list = new ArrayList<>();
            for (RpcItem element : array) {
                list.add(toJson(element));
            }
            return list;
        }
        return item.asValue().asString();
    }
}
