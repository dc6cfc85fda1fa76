package org.loopchain.score.engine.contracts;

import java.math.BigInteger;
import score.Address;
import score.ArrayDB;
import score.BranchDB;
import score.Context;
import score.DictDB;
import score.annotation.External;

/** A test contract holding every kind of field the engine keeps between calls. */
public class KeepingScore {

    private final DictDB<String, BigInteger> balances = Context.newDictDB("balances", BigInteger.class);
    private final ArrayDB<Address> members = Context.newArrayDB("members", Address.class);
    private final BranchDB<String, DictDB<String, String>> notes = Context.newBranchDB("notes", String.class);
    private final byte[] seed = {1, 2, 3};
    private final Address creator = Context.getCaller();
    private final Address nobody = null;
    private final char letter = 'z';
    private final Boolean boxed = Boolean.TRUE;
    private final short small = -3;

    public KeepingScore() {
        balances.set("alice", BigInteger.TEN);
        members.add(creator);
        notes.at("alice").set("hi", "there");
    }

    @External(readonly = true)
    public String describe() {
        return balances.get("alice") + " " + members.size() + " " + members.get(0) + " " + notes.at("alice").get("hi")
                + " " + seed.length + seed[2] + " " + (nobody == null) + " " + letter + boxed + small;
    }
}
