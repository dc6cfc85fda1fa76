package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopchain.score.spi.ScoreHosts;
import score.ArrayDB;
import score.BranchDB;
import score.Context;
import score.DictDB;
import score.VarDB;

class StorageLayoutTest extends WithBoundHost {

    @Test
    void dictIdAndKeyBoundariesNeverCollide() {
        DictDB<String, String> a = Context.newDictDB("a", String.class);
        DictDB<String, String> ab = Context.newDictDB("ab", String.class);
        a.set("bc", "from a");
        ab.set("c", "from ab");
        assertEquals("from a", a.get("bc"));
        assertEquals("from ab", ab.get("c"));
        assertEquals(2, host.storedEntries());
    }

    @Test
    void containersOfDifferentKindsWithTheSameIdNeverCollide() {
        VarDB<String> var = Context.newVarDB("x", String.class);
        DictDB<String, String> dict = Context.newDictDB("x", String.class);
        ArrayDB<String> array = Context.newArrayDB("x", String.class);
        BranchDB<String, VarDB<String>> branch = Context.newBranchDB("x", String.class);
        var.set("var");
        dict.set("", "dict");
        array.add("array");
        branch.at("").set("branch");

        assertEquals("var", var.get());
        assertEquals("dict", dict.get(""));
        assertEquals("array", array.get(0));
        assertEquals("branch", branch.at("").get());
        assertEquals(5, host.storedEntries());
        assertEquals(5, distinct(host.writtenKeys()));
    }

    @Test
    void branchDepthsAndKindsUnderOneBranchNeverCollide() {
        BranchDB<String, DictDB<String, String>> byDict = Context.newBranchDB("b", String.class);
        BranchDB<String, BranchDB<String, VarDB<String>>> byVar = Context.newBranchDB("b", String.class);
        BranchDB<String, ArrayDB<String>> byArray = Context.newBranchDB("b", String.class);
        byDict.at("k").set("m", "dict");
        byVar.at("k").at("m").set("var");
        byArray.at("k").add("array");

        assertEquals("dict", byDict.at("k").get("m"));
        assertEquals("var", byVar.at("k").at("m").get());
        assertEquals("array", byArray.at("k").get(0));
        assertNull(byVar.at("km").at("").get());
    }

    @Test
    void noStorageKeyStartsWithTheEnginesReservedZeroByte() {
        Context.newVarDB("", String.class).set("v");
        Context.<Integer, String>newDictDB("\0", String.class).set(0, "d");
        Context.newArrayDB("", Integer.class).add(0);
        Context.<byte[], VarDB<String>>newBranchDB("", String.class).at(new byte[] {0}).set("b");

        assertFalse(host.writtenKeys().isEmpty());
        for (byte[] key : host.writtenKeys()) {
            assertNotEquals(0, key[0], "a key starts with 0x00");
        }
    }

    @Test
    void keysArePureFunctionsOfContainerAndPath() {
        Context.<String, String>newDictDB("names", String.class).set("k", "v1");
        InMemoryScoreHost other = new InMemoryScoreHost();
        ScoreHosts.Binding otherBinding = ScoreHosts.bind(other);
        try {
            Context.<String, String>newDictDB("names", String.class).set("k", "v2");
        } finally {
            otherBinding.close();
        }
        assertEquals(ByteBuffer.wrap(host.writtenKeys().get(0)), ByteBuffer.wrap(other.writtenKeys().get(0)));
    }

    private static int distinct(List<byte[]> keys) {
        Set<ByteBuffer> set = new HashSet<>();
        keys.forEach(key -> set.add(ByteBuffer.wrap(key)));
        return set.size();
    }
}
