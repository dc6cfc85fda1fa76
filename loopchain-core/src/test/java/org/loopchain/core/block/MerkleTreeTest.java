package org.loopchain.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leaves are sha256 hex of "0".."4"; roots from
 * python3 -c 'import hashlib;h=lambda b:hashlib.sha256(b).hexdigest();r=lambda l:"" if not l else l[0] if len(l)==1 else r([h((l[i]+(l[i+1] if i+1<len(l) else l[i])).encode()) for i in range(0,len(l),2)]);L=[h(str(i).encode()) for i in range(5)];print(L);[print(n,repr(r(L[:n]))) for n in (0,1,2,3,5)]'
 */
class MerkleTreeTest {

    private static final List<String> LEAVES = List.of(
            "5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e9",
            "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b",
            "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35",
            "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce",
            "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a");

    @Test
    void noLeavesGiveTheEmptyRoot() {
        assertEquals("", MerkleTree.root(List.of()));
    }

    @Test
    void oneLeafIsItsOwnRoot() {
        assertEquals(LEAVES.get(0), MerkleTree.root(LEAVES.subList(0, 1)));
    }

    @Test
    void twoLeavesHashTheirHexTogether() {
        assertEquals("fa13bb36c022a6943f37c638126a2c88fc8d008eb5a9fe8fcde17026807feae4", MerkleTree.root(LEAVES.subList(0, 2)));
    }

    @Test
    void threeLeavesPairTheOddOneWithItself() {
        assertEquals("d32c0dae8492cecc66b77c89843c6c92dbedded6642ef9985f86edf6b5494a8f", MerkleTree.root(LEAVES.subList(0, 3)));
    }

    @Test
    void fiveLeavesPairTheOddNodeWithItselfOnEveryLevel() {
        assertEquals("7f277729978cc43411d2ebad2ff023e66a50f00625810c416ca16846909306ad", MerkleTree.root(LEAVES));
    }
}
