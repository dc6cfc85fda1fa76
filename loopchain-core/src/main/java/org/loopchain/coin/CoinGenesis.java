package org.loopchain.coin;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.core.icon.IconAddress;

/**
 * A channel's coin settings, the same on every peer: its network id, the accounts funded at
 * genesis and the price of a step (fee = steps used × price; 0 by default, so a wallet with no
 * coin can still send a message), and the height from which a block holding v3 transactions runs
 * them in block order ({@link V3BlockExecutor}).
 *
 * @param nid      the network id v3 transactions must name
 * @param accounts genesis balances, in file order (unmodifiable)
 * @param stepPrice loop per step
 * @param blockOrderHeight the first height whose v3 transactions run in block order (0, the
 *                 default: all); below it a block's coin transactions run before its SCORE calls, as
 *                 chains begun before that rule did
 */
public record CoinGenesis(BigInteger nid, Map<IconAddress, BigInteger> accounts, BigInteger stepPrice, long blockOrderHeight) {

    /** The network id of a channel that names none. */
    public static final BigInteger DEFAULT_NID = BigInteger.ONE;

    /** No coin: network id 0x1, no account, steps free. */
    public static final CoinGenesis NONE = new CoinGenesis(DEFAULT_NID, Map.of(), BigInteger.ZERO);

    public CoinGenesis {
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        if (nid.signum() < 0 || stepPrice.signum() < 0 || blockOrderHeight < 0 || accounts.values().stream().anyMatch(b -> b.signum() < 0)) {
            throw new IllegalArgumentException("nid, step price, block order height and balances must not be negative");
        }
    }

    /** Settings whose v3 transactions run in block order from genesis. */
    public CoinGenesis(BigInteger nid, Map<IconAddress, BigInteger> accounts, BigInteger stepPrice) {
        this(nid, accounts, stepPrice, 0);
    }

    /** Whether the block at {@code height} runs its v3 transactions in block order. */
    public boolean inBlockOrder(long height) {
        return height >= blockOrderHeight;
    }

    /** The sum of the genesis balances: the coin never made or burnt afterwards. */
    public BigInteger totalSupply() {
        return accounts.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }

    public BigInteger genesisBalance(IconAddress address) {
        return accounts.getOrDefault(address, BigInteger.ZERO);
    }
}
