package com.example;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import score.Address;
import score.Context;
import score.annotation.EventLog;
import score.annotation.External;
import score.annotation.Optional;
import score.annotation.Payable;

/** A contract using what a SCORE may use: collections, big numbers, lambdas, enums, constants. */
public class AllowedScore {

    static final BigInteger MAX = BigInteger.TEN.pow(18);
    private static final String NAME = "allowed";

    enum Color { RED, GREEN }

    private final Map<String, BigInteger> balances = new TreeMap<>();

    public AllowedScore(String greeting, @Optional BigInteger supply) {
        balances.put(greeting, supply == null ? BigInteger.ZERO : supply);
    }

    @External(readonly = true)
    public String name() {
        return NAME + "-" + balances.size();
    }

    @External
    @Payable
    public void deposit(Address to, BigInteger amount, @Optional byte[] memo) {
        Context.require(amount.signum() > 0 && amount.compareTo(MAX) <= 0, "bad amount");
        balances.merge(to.toString(), amount, BigInteger::add);
        Transfer(Context.getCaller(), to, amount);
    }

    @External(readonly = true)
    public List<String> sorted(String csv) {
        List<String> parts = new ArrayList<>(List.of(csv.split(",")));
        parts.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        StringBuilder all = new StringBuilder();
        parts.forEach(all::append);
        assert all.length() >= 0;
        return parts;
    }

    @External(readonly = true)
    public int shade(String color) {
        switch (Color.valueOf(color)) {
            case RED:
                return 1;
            default:
                return Math.max(2, Integer.parseInt("2"));
        }
    }

    /** Enum text, a finally, an insertion-ordered map, a plain split and hash codes of values. */
    @External(readonly = true)
    public String describe(String csv) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        try {
            for (String part : csv.split(",")) {
                seen.merge(part, 1, Integer::sum);
            }
        } finally {
            seen.put(Color.GREEN.toString(), NAME.hashCode() + MAX.hashCode());
        }
        return "shade " + Color.RED + " " + seen + " " + Objects.hash(csv, MAX);
    }

    @EventLog(indexed = 2)
    public void Transfer(Address from, Address to, BigInteger value) {
    }
}
