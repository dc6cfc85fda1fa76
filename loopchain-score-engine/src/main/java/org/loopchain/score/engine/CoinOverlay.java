package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Balances moved but not yet kept, over the host's ({@link CoinReader}): the block's over the
 * host's, a call's over the block's, merged only if the call succeeds (as {@link StateOverlay}).
 * Coin only moves between accounts, so the sum of all balances never changes.
 */
final class CoinOverlay implements CoinReader {

    private final CoinReader parent;
    private final TreeMap<String, BigInteger> balances = new TreeMap<>();

    CoinOverlay(CoinReader parent) {
        this.parent = parent;
    }

    @Override
    public BigInteger balance(String address) {
        BigInteger moved = balances.get(address);
        return moved != null ? moved : parent.balance(address);
    }

    /** Moves {@code amount} (not negative); false, and nothing moved, if {@code from} holds less. */
    boolean transfer(String from, String to, BigInteger amount) {
        BigInteger held = balance(from);
        if (amount.signum() < 0 || held.compareTo(amount) < 0) {
            return false;
        }
        if (amount.signum() > 0 && !from.equals(to)) {
            balances.put(from, held.subtract(amount));
            balances.put(to, balance(to).add(amount));
        }
        return true;
    }

    CoinOverlay child() {
        return new CoinOverlay(this);
    }

    void mergeInto(CoinOverlay target) {
        target.balances.putAll(balances);
    }

    /** Address → balance of every account moved, in address order. */
    SortedMap<String, BigInteger> balances() {
        return balances;
    }
}
