package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.StoredHistory;
import org.loopchain.validators.ValidatorConfig;
import org.loopchain.validators.ValidatorHistory;

/**
 * A channel stores its validator history with the block that changes it, and a restarted channel
 * reads it back: the same sets at the same heights, without replaying the chain.
 */
class ChannelValidatorChangeTest {

    private static final String CHANNEL = "vc";
    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {7}));
    private static final PeerKey OTHER = PeerKey.generate(new SecureRandom(new byte[] {8}));
    private static final PeerKey ADMIN = PeerKey.generate(new SecureRandom(new byte[] {9}));
    private final InMemoryChainStore store = new InMemoryChainStore();
    private final SimLoops sim = new SimLoops();
    private final MicrosClock micros = new MicrosClock(sim.clock);

    private Channel start() {
        ChannelSettings s = new ChannelSettings(CHANNEL, "peer-0", "loopchain/default", "0", Duration.ofMillis(500), 10, false);
        Channel c = new Channel(s, store, KEY, micros, sim.clock, sim.loop(), new Transport() {
            @Override
            public void consensus(String channel, String type, String text) {
            }

            @Override
            public void transactions(String channel, String text) {
            }
        }, new ConsensusCodec(1 << 24));
        c.load();
        ValidatorSet genesis = new ValidatorSet(List.of(Validator.of("peer-0", KEY.publicKeyBase64())), Map.of(), 0.67);
        c.startConsensus(genesis, LftConfig.builder(CHANNEL).blockInterval(Duration.ofMillis(500)).build(),
                new AdminSignatures(CHANNEL, List.of(ADMIN.publicKeyBase64())));
        return c;
    }

    private String submit(Channel c, Object body) {
        Transaction tx = V1Transactions.create(CHANNEL, new TxMeta("peer-0", "loopchain/default", "0", CHANNEL), body,
                micros.next(), KEY);
        store.appendPending(List.of(tx));
        c.accept(List.of(tx));
        return tx.hash();
    }

    @Test
    void aChangeIsStoredWithItsBlockAndARestartedChannelReadsItBack() {
        Channel c = start();
        String reweight = submit(c, new ValidatorConfig(ValidatorConfig.WEIGHT, CHANNEL, "peer-0", "", 3, "", 0, List.of())
                .signedBy(ADMIN).toJson());
        String forged = submit(c, new ValidatorConfig(ValidatorConfig.REMOVE, CHANNEL, "peer-0", "", 0, "", 1, List.of())
                .signedBy(OTHER).toJson());
        sim.advance(Duration.ofSeconds(2));
        long committed = store.transaction(CHANNEL, reweight).orElseThrow().blockHeight().orElseThrow();
        assertEquals("{\"code\": 0, \"validator_config\": \"validator_weight\", \"peer_id\": \"peer-0\", \"sequence\": 0,"
                + " \"effective_height\": " + (committed + 2) + "}", store.result(CHANNEL, reweight).orElseThrow());
        assertTrue(store.result(CHANNEL, forged).orElseThrow().contains("is not an admin of channel vc"));
        assertTrue(!store.blockByHeight(CHANNEL, committed).orElseThrow().resultRoot().isEmpty(),
                "a block with a validator change binds it in its result root");
        submit(c, new ValidatorConfig(ValidatorConfig.ADD, CHANNEL, "peer-1", OTHER.publicKeyBase64(), 1, "", 1, List.of())
                .signedBy(ADMIN).toJson());
        sim.advance(Duration.ofSeconds(2));
        submit(c, Map.of("n", 1));
        submit(c, Map.of("n", 2));
        sim.advance(Duration.ofSeconds(3));
        ValidatorHistory before = c.validatorHistory().orElseThrow();
        assertEquals(2, before.changes());
        long added = before.entries().get(1).effectiveHeight();
        assertTrue(c.status().height() >= added, "height " + c.status().height());
        assertEquals(List.of("peer-0", "peer-1"), ids(c.validators().orElseThrow()));
        assertTrue(store.state(CHANNEL, StoredHistory.KEY_HEX).isPresent());

        Channel restarted = start();
        sim.advance(Duration.ofMillis(10));
        ValidatorHistory after = restarted.validatorHistory().orElseThrow();
        assertEquals(before.entries().stream().map(e -> e.effectiveHeight() + " " + ids(e.set())).toList(),
                after.entries().stream().map(e -> e.effectiveHeight() + " " + ids(e.set())).toList());
        long height = restarted.status().height();
        submit(restarted, Map.of("n", 3));
        sim.advance(Duration.ofSeconds(3));
        assertTrue(restarted.status().height() > height, "peer-0 (weight 3 of 4) commits alone after the restart");
    }

    private static List<String> ids(ValidatorSet set) {
        return set.validators().stream().map(Validator::peerId).toList();
    }
}
