package com.example;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import score.Address;
import score.Context;
import score.annotation.EventLog;
import score.annotation.External;
import score.annotation.Optional;
import score.annotation.Payable;

/** A contract with every kind of parameter and return type icx_getScoreApi describes. */
public class ApiScore {

    public ApiScore() {
    }

    @External(readonly = true)
    public BigInteger balanceOf(Address _owner) {
        return BigInteger.ZERO;
    }

    @External
    @Payable
    public void deposit(String memo, @Optional byte[] _data) {
        Approval(Context.getCaller(), Context.getCaller(), Context.getValue(), _data != null);
    }

    @External
    public void approve(List<Address> spenders, boolean all, long limit, Integer count, char mark) {
    }

    @External(readonly = true)
    public List<String> names(Address[] owners, Map<String, String> filter) {
        return List.of();
    }

    @External(readonly = true)
    public Map<String, BigInteger> totals() {
        return new TreeMap<>();
    }

    @External(readonly = true)
    public boolean active() {
        return true;
    }

    @EventLog(indexed = 2)
    public void Approval(Address owner, Address spender, BigInteger value, boolean all) {
    }
}
