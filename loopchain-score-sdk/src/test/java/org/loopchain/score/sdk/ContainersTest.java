package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.loopchain.score.sdk.db.ContainerKind;
import org.loopchain.score.sdk.db.ContainerSpec;
import org.loopchain.score.sdk.db.Containers;
import org.loopchain.score.sdk.db.StoredContainer;
import score.Address;
import score.ArrayDB;
import score.BranchDB;
import score.Context;
import score.DictDB;
import score.VarDB;

class ContainersTest extends WithBoundHost {

    @Test
    void varDbReadsBackWhatWasSetAndNullRemovesIt() {
        VarDB<BigInteger> supply = Context.newVarDB("supply", BigInteger.class);
        assertNull(supply.get());
        assertEquals(BigInteger.ONE, supply.getOrDefault(BigInteger.ONE));

        supply.set(BigInteger.valueOf(1_000));
        assertEquals(BigInteger.valueOf(1_000), Context.newVarDB("supply", BigInteger.class).get());

        supply.set(null);
        assertNull(supply.get());
        assertEquals(0, host.storedEntries());
    }

    @Test
    void dictDbKeepsOneValueAKeyAndNullRemovesIt() {
        DictDB<Address, BigInteger> balances = Context.newDictDB("balances", BigInteger.class);
        balances.set(InMemoryScoreHost.CALLER, BigInteger.TEN);
        balances.set(InMemoryScoreHost.OWNER, BigInteger.TWO);

        assertEquals(BigInteger.TEN, balances.get(InMemoryScoreHost.CALLER));
        assertEquals(BigInteger.TWO, balances.get(InMemoryScoreHost.OWNER));
        assertNull(balances.get(InMemoryScoreHost.SCORE));
        assertEquals(BigInteger.ZERO, balances.getOrDefault(InMemoryScoreHost.SCORE, BigInteger.ZERO));

        balances.set(InMemoryScoreHost.CALLER, null);
        assertNull(balances.get(InMemoryScoreHost.CALLER));
        assertEquals(1, host.storedEntries());
    }

    @Test
    void dictDbRejectsANullKeyAndAnUnstorableKey() {
        DictDB<Object, String> names = Context.newDictDB("names", String.class);
        assertThrows(NullPointerException.class, () -> names.get(null));
        assertThrows(IllegalArgumentException.class, () -> names.set(1.5, "x"));
    }

    @Test
    void arrayDbAddsSetsGetsAndPopsInOrder() {
        ArrayDB<String> names = Context.newArrayDB("names", String.class);
        names.add("alice");
        names.add("bob");
        names.add("carol");
        names.set(1, "bert");

        assertEquals(3, names.size());
        assertEquals("alice", names.get(0));
        assertEquals("bert", names.get(1));
        assertEquals("carol", names.pop());
        names.removeLast();
        assertEquals(1, names.size());
        assertEquals("alice", names.pop());
        assertEquals(0, names.size());
        assertEquals(0, host.storedEntries());
    }

    @Test
    void arrayDbIndexOutOfRangeIsAnIllegalArgument() {
        ArrayDB<Integer> numbers = Context.newArrayDB("numbers", Integer.class);
        numbers.add(5);
        assertThrows(IllegalArgumentException.class, () -> numbers.get(1));
        assertThrows(IllegalArgumentException.class, () -> numbers.get(-1));
        assertThrows(IllegalArgumentException.class, () -> numbers.set(1, 6));
    }

    @Test
    void poppingOrRemovingFromAnEmptyArrayDbIsAnIllegalState() {
        ArrayDB<Integer> numbers = Context.newArrayDB("numbers", Integer.class);
        assertThrows(IllegalStateException.class, numbers::pop);
        assertThrows(IllegalStateException.class, numbers::removeLast);
    }

    @Test
    void arrayDbHoldsANullElement() {
        ArrayDB<String> names = Context.newArrayDB("names", String.class);
        names.add(null);
        assertEquals(1, names.size());
        assertNull(names.get(0));
    }

    @Test
    void branchDbOfDictDbKeepsEachBranchApart() {
        BranchDB<String, DictDB<Address, Boolean>> approvals = Context.newBranchDB("approvals", Boolean.class);
        approvals.at("tokenA").set(InMemoryScoreHost.CALLER, true);
        approvals.at("tokenB").set(InMemoryScoreHost.CALLER, false);

        assertEquals(true, approvals.at("tokenA").get(InMemoryScoreHost.CALLER));
        assertEquals(false, approvals.at("tokenB").get(InMemoryScoreHost.CALLER));
        assertNull(approvals.at("tokenC").get(InMemoryScoreHost.CALLER));
    }

    @Test
    void branchDbNestsAsDeepAsTheDeclaredType() {
        BranchDB<Integer, BranchDB<String, DictDB<Long, String>>> deep = Context.newBranchDB("deep", String.class);
        deep.at(1).at("x").set(7L, "seven");
        assertEquals("seven", deep.at(1).at("x").get(7L));
        assertNull(deep.at(1).at("y").get(7L));
        assertNull(deep.at(2).at("x").get(7L));
    }

    @Test
    void branchDbOfArrayDbAndOfVarDbWork() {
        BranchDB<String, ArrayDB<Integer>> lists = Context.newBranchDB("lists", Integer.class);
        lists.at("a").add(1);
        lists.at("a").add(2);
        assertEquals(2, lists.at("a").size());
        assertEquals(0, lists.at("b").size());

        BranchDB<String, VarDB<Integer>> vars = Context.newBranchDB("vars", Integer.class);
        vars.at("a").set(9);
        assertEquals(9, vars.at("a").get());
        assertEquals(3, vars.at("b").getOrDefault(3));
    }

    @Test
    void aFloatOrDoubleContainerIsRejectedAtCreation() {
        assertThrows(IllegalArgumentException.class, () -> Context.newVarDB("f", Float.class));
        assertThrows(IllegalArgumentException.class, () -> Context.newDictDB("d", Double.class));
        assertThrows(IllegalArgumentException.class, () -> Context.newArrayDB("o", Object.class));
        assertThrows(IllegalArgumentException.class, () -> Context.newBranchDB("b", Double.class));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aValueOfAnotherClassThanTheContainersIsRejected() {
        VarDB raw = Context.newVarDB("count", Integer.class);
        assertThrows(IllegalArgumentException.class, () -> raw.set("not a number"));
    }

    @Test
    void aWriteInAReadOnlyCallFailsWithTheHostsException() {
        VarDB<Integer> count = Context.newVarDB("count", Integer.class);
        host.setReadOnly(true);
        assertThrows(IllegalStateException.class, () -> count.set(1));
        assertNull(count.get());
    }

    @Test
    void everyStorageAccessChargesSteps() {
        VarDB<String> name = Context.newVarDB("name", String.class);
        long before = host.steps();
        name.set("x");
        long afterWrite = host.steps();
        name.get();
        assertTrue(afterWrite - before >= 100);
        assertTrue(host.steps() - afterWrite >= 100);
    }

    @Test
    void aRestoredContainerSeesTheOriginalsValues() {
        DictDB<String, String> original = Context.newDictDB("names", String.class);
        original.set("k", "v");
        ContainerSpec spec = ((StoredContainer) original).spec();
        assertEquals(new ContainerSpec(ContainerKind.DICT, "names", String.class), spec);

        @SuppressWarnings("unchecked")
        DictDB<String, String> restored = (DictDB<String, String>) Containers.restore(spec);
        assertEquals("v", restored.get("k"));
    }

    @Test
    void byteArrayValuesAreCopiedInAndOut() {
        VarDB<byte[]> blob = Context.newVarDB("blob", byte[].class);
        byte[] value = {1, 2, 3};
        blob.set(value);
        value[0] = 9;
        byte[] read = blob.get();
        assertArrayEquals(new byte[] {1, 2, 3}, read);
    }
}
