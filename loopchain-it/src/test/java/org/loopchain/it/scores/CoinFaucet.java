package org.loopchain.it.scores;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.annotation.External;
import score.annotation.Payable;

/** A contract that takes coin and gives it away: for the test of a block's transactions in block order. */
public class CoinFaucet {

    @Payable
    @External
    public void fund() {
        Context.require(Context.getValue().signum() > 0, "no value");
    }

    @External
    public void give(Address _to, BigInteger _value) {
        Context.transfer(_to, _value);
    }
}
