package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestChainTest {

    /** Found by chaos seed 59 with a byzantine leader: an empty block stopped the checker at its height for the rest of the run. */
    @Test
    void aBlockWithoutTransactionsIsAnEmptyBlockNotAMissingOne() {
        ChainView.Block b = RestChain.block(Map.of("response_code", 0, "block_hash", "aa11", "tx_data_json", ""));

        assertEquals(new ChainView.Block("aa11", List.of()), b);
    }

    @Test
    void aBlockListsItsTransactionsInOrder() {
        ChainView.Block b = RestChain.block(Map.of("block_hash", "bb22",
                "tx_data_json", List.of(Map.of("tx_hash", "t2"), Map.of("tx_hash", "t1"))));

        assertEquals(List.of("t2", "t1"), b.txs());
    }

    @Test
    void anAnswerThatIsNoBlockIsNone() {
        assertNull(RestChain.block(null));
        assertNull(RestChain.block(Map.of("response_code", 11, "message", "no block at that height")));
        assertNull(RestChain.block(Map.of("block_hash", "cc33", "tx_data_json", 7)));
    }
}
