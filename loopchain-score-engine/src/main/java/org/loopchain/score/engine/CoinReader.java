package org.loopchain.score.engine;

import java.math.BigInteger;

/**
 * The channel's native coin as the host holds it when the engine runs a block or a query: the
 * balance of an account. What the block's calls move is returned in
 * {@link BlockExecution#balances()}, for the host to keep.
 */
@FunctionalInterface
public interface CoinReader {

    /** A channel without coin: every balance is zero, so nothing can be sent. */
    CoinReader NONE = address -> BigInteger.ZERO;

    /** The balance in loop of {@code address} ({@code hx…} or {@code cx…}). */
    BigInteger balance(String address);
}
