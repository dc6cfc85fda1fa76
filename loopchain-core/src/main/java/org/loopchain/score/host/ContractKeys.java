package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import org.loopchain.core.crypto.Hex;
import org.loopchain.score.engine.StateReader;

/**
 * Where the contracts deployed by v3 transactions live in their channel's state. Keys starting
 * with byte 0 are the host's (a contract's own keys never start with it): the list of the
 * channel's contracts ({@code 00 ‖ "contracts"}), each contract's record ({@code 00 ‖
 * "contract.info." ‖ address}) and jar ({@code 00 ‖ "contract.code." ‖ address}), and its storage,
 * each of its keys behind {@code 00 ‖ "contract.state." ‖ address ‖ ":"}.
 */
final class ContractKeys {

    static final String LIST_HEX = hostKey("contracts");

    private ContractKeys() {
    }

    static String infoHex(String address) {
        return hostKey("contract.info." + address);
    }

    static String codeHex(String address) {
        return hostKey("contract.code." + address);
    }

    /** The hex prefix of every key of the contract's storage. */
    static String statePrefixHex(String address) {
        return hostKey("contract.state." + address + ":");
    }

    /** The contract's storage, as the engine reads it, over the channel's {@code state}. */
    static StateReader storage(StateReader state, String address) {
        byte[] prefix = Hex.decode(statePrefixHex(address));
        return key -> {
            byte[] full = new byte[prefix.length + key.length];
            System.arraycopy(prefix, 0, full, 0, prefix.length);
            System.arraycopy(key, 0, full, prefix.length, key.length);
            return state.get(full);
        };
    }

    private static String hostKey(String name) {
        return "00" + Hex.encode(name.getBytes(StandardCharsets.UTF_8));
    }
}
