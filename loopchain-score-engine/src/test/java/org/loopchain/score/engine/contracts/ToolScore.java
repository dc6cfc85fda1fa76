package org.loopchain.score.engine.contracts;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import score.Address;
import score.Context;
import score.annotation.External;
import score.annotation.Optional;

/** A test contract without install parameters: conversions, loops, recursion and crypto. */
public class ToolScore {

    private int depth;

    @External(readonly = true)
    public Map<String, Object> echo(int i, long l, BigInteger big, boolean flag, String text, Address who,
            byte[] data, @Optional String[] words) {
        Map<String, Object> echoed = new TreeMap<>();
        echoed.put("i", i);
        echoed.put("l", l);
        echoed.put("big", big);
        echoed.put("flag", flag);
        echoed.put("text", text);
        echoed.put("who", who);
        echoed.put("data", data);
        echoed.put("words", words == null ? List.of() : List.of(words));
        return echoed;
    }

    @External(readonly = true)
    public String greet(String who, @Optional BigInteger times, @Optional boolean loud) {
        String greeting = "hello " + who + " x" + (times == null ? "null" : times.toString());
        return loud ? greeting + "!" : greeting;
    }

    @External(readonly = true)
    public boolean negate(boolean flag) {
        return !flag;
    }

    @External
    public void loop() {
        long n = 0;
        while (n >= 0) {
            n = n + 1;
        }
    }

    @External
    public void recurse() {
        depth++;
        recurse();
    }

    @External(readonly = true)
    public byte[] sha3(byte[] data) {
        return Context.hash("sha3-256", data);
    }

    @External(readonly = true)
    public Address keyAddress(byte[] publicKey) {
        return Context.getAddressFromKey(publicKey);
    }
}
