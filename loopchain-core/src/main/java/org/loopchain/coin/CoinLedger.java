package org.loopchain.coin;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;

/**
 * Balances over the committed state plus the writes of the block being executed. An account
 * never written holds its genesis balance; a written balance (zero included) replaces it. Fees go
 * to the {@link #TREASURY}, so the total supply stays the genesis sum.
 */
public final class CoinLedger {

    /** Where step fees go (ICON's treasury address). */
    public static final IconAddress TREASURY = IconAddress.parse("treasury", "hx1000000000000000000000000000000000000000");

    private static final String PREFIX = "00" + Hex.encode("icx.balance.".getBytes(StandardCharsets.UTF_8));

    private final CoinGenesis genesis;
    private final Function<String, byte[]> committed;
    private final SortedMap<String, byte[]> writes = new TreeMap<>();

    /**
     * @param committed the committed value of a state key (hex), or null
     */
    public CoinLedger(CoinGenesis genesis, Function<String, byte[]> committed) {
        this.genesis = genesis;
        this.committed = committed;
    }

    /** The state key (hex) of an account's balance. */
    public static String key(IconAddress address) {
        return PREFIX + (address.contract() ? "01" : "00") + address.body();
    }

    public BigInteger balance(IconAddress address) {
        String key = key(address);
        byte[] value = writes.containsKey(key) ? writes.get(key) : committed.apply(key);
        return value == null ? genesis.genesisBalance(address) : new BigInteger(value);
    }

    /** Moves {@code amount} from one account to another; false (and nothing moved) if {@code from} has less. */
    public boolean transfer(IconAddress from, IconAddress to, BigInteger amount) {
        BigInteger fromBalance = balance(from);
        if (amount.signum() < 0 || fromBalance.compareTo(amount) < 0) {
            return false;
        }
        if (amount.signum() == 0 || from.equals(to)) {
            return true;
        }
        writes.put(key(from), fromBalance.subtract(amount).toByteArray());
        writes.put(key(to), balance(to).add(amount).toByteArray());
        return true;
    }

    /**
     * Sets the balance a SCORE's calls left to {@code address}. The engine only moves coin between
     * accounts, so setting every balance it moved keeps the supply.
     */
    public void setMoved(IconAddress address, BigInteger balance) {
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("a balance is not negative: " + address + " " + balance);
        }
        writes.put(key(address), balance.toByteArray());
    }

    /** The balances written so far, by state key. */
    public SortedMap<String, byte[]> writes() {
        return writes;
    }
}
