package org.loopchain.core.config;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconHex;

/**
 * A channel's coin fields in {@code channel_manage_data.json}: {@code nid} (T_INT, default
 * {@code 0x1}), {@code step_price} (T_INT loop per step, default {@code 0x0}) and
 * {@code genesis_accounts}, a list of {@code {"address": "hx…", "balance": "0x…"}} with an optional
 * {@code name}, each address once; {@code block_order_height} (T_INT, default {@code 0x0}), the first
 * height whose v3 transactions run in block order (a chain begun before that rule sets a height above
 * its last block; below it a block's coin transactions run before its SCORE calls).
 */
final class ChannelCoin {

    private ChannelCoin() {
    }

    static CoinGenesis parse(String where, Map<?, ?> fields) {
        try {
            BigInteger nid = fields.containsKey("nid") ? IconHex.parseInt("nid", fields.get("nid")) : CoinGenesis.DEFAULT_NID;
            BigInteger price = fields.containsKey("step_price") ? IconHex.parseInt("step_price", fields.get("step_price"))
                    : BigInteger.ZERO;
            long blockOrder = fields.containsKey("block_order_height")
                    ? IconHex.parseInt("block_order_height", fields.get("block_order_height")).longValueExact() : 0;
            Map<IconAddress, BigInteger> accounts = new LinkedHashMap<>();
            Object list = fields.containsKey("genesis_accounts") ? fields.get("genesis_accounts") : List.of();
            if (!(list instanceof List<?> entries)) {
                throw new IllegalArgumentException("genesis_accounts must be a JSON array");
            }
            for (int i = 0; i < entries.size(); i++) {
                String at = "genesis_accounts[" + i + "]";
                if (!(entries.get(i) instanceof Map<?, ?> entry) || !entry.containsKey("address") || !entry.containsKey("balance")
                        || entry.keySet().stream().anyMatch(k -> !List.of("address", "balance", "name").contains(k))) {
                    throw new IllegalArgumentException(at + " must be {\"address\": \"hx…\", \"balance\": \"0x…\"}");
                }
                IconAddress address = IconAddress.parse(at + ".address", entry.get("address"));
                if (accounts.put(address, IconHex.parseInt(at + ".balance", entry.get("balance"))) != null) {
                    throw new IllegalArgumentException(at + ".address " + address + " is listed twice");
                }
            }
            return new CoinGenesis(nid, accounts, price, blockOrder);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(where + ": block_order_height is too large", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** The fields that differ from their defaults. */
    static Map<String, Object> toJson(CoinGenesis coin) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!coin.nid().equals(CoinGenesis.DEFAULT_NID)) {
            out.put("nid", IconHex.format(coin.nid()));
        }
        if (coin.stepPrice().signum() != 0) {
            out.put("step_price", IconHex.format(coin.stepPrice()));
        }
        if (coin.blockOrderHeight() != 0) {
            out.put("block_order_height", IconHex.format(BigInteger.valueOf(coin.blockOrderHeight())));
        }
        if (!coin.accounts().isEmpty()) {
            List<Object> accounts = coin.accounts().entrySet().stream().map(e -> (Object) Map.of("address", e.getKey().toString(),
                    "balance", IconHex.format(e.getValue()))).toList();
            out.put("genesis_accounts", accounts);
        }
        return out;
    }
}
