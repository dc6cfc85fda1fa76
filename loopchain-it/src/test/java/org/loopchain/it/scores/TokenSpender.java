package org.loopchain.it.scores;

import java.math.BigInteger;
import score.Address;
import score.Context;
import score.annotation.External;

/** A contract that holds tokens of a token contract (its address given at deploy) and pays them out by calling it. */
public class TokenSpender {

    private final Address token;

    public TokenSpender(Address _token) {
        this.token = _token;
    }

    @External
    public void pay(Address _to, BigInteger _value) {
        Context.call(token, "transfer", _to, _value);
    }

    @External(readonly = true)
    public BigInteger held() {
        return Context.call(BigInteger.class, token, "balanceOf", Context.getAddress());
    }
}
