package org.loopchain.consensus.sim;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.LeaderSchedule;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.validators.AdminSignatures;

/**
 * N validators on one simulated network, clock and timer queue. It checks safety on every commit
 * (no two correct validators commit different blocks at one height, commits in order with valid
 * certificates): a violation is recorded for {@link #violations()} and thrown at once as an
 * {@link AssertionError} naming the seed, so the run stops at the faulty commit. Validators
 * {@linkplain #markFaulty marked faulty} (byzantine ones) are left out of the check.
 */
final class Simulation {

    static final String CHANNEL = "loopchain_default";
    private static final Map<Integer, PeerKey> KEYS = new HashMap<>();

    private final long seed;
    private LftConfig config;
    private final ValidatorSet validators;
    private final EventQueue events = new EventQueue(new SimClock(Instant.parse("2024-01-01T00:00:00Z")));
    private final SimNetwork network;
    private final List<SimNode> nodes = new ArrayList<>();
    private final Map<String, SimNode> byId = new HashMap<>();
    private final Map<Long, String> decided = new HashMap<>();
    /** When each validator committed each height ("peer/height"). */
    private final Map<String, Instant> committedAt = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final Set<String> faulty = new HashSet<>();
    private boolean allowEmptyBlocks = true;

    /**
     * @param weights one weight per validator; {@code groups} (may be empty) names each validator's group
     * @param fast    sign with {@link FastSignatures} instead of ECDSA
     */
    Simulation(long seed, long[] weights, String[] groups, Map<String, Long> groupWeights, boolean fast) {
        this(seed, weights, groups, groupWeights, fast, 0);
    }

    /**
     * @param spares nodes beyond the validators ({@code hx<n>} on), on the network but in no genesis
     *               set: peers a validator change can add
     */
    Simulation(long seed, long[] weights, String[] groups, Map<String, Long> groupWeights, boolean fast, int spares) {
        this.seed = seed;
        this.config = LftConfig.builder(CHANNEL).maxMadeBlockCount(2).leaderComplainTimeout(Duration.ofMillis(500))
                .maxRoundTimeout(Duration.ofSeconds(8)).blockInterval(Duration.ofMillis(100)).maxBlockTxNum(10).roundWindow(8)
                .syncInterval(Duration.ofMillis(200)).maxSyncBlocks(4).build();
        this.network = new SimNetwork(this, new Random(seed));
        List<Validator> list = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            PeerKey key = key(i);
            String id = "hx" + i;
            list.add(new Validator(id, key.publicKeyBase64(), weights[i], groups.length == 0 ? null : groups[i]));
            MessageSigner signer = fast ? FastSignatures.signer(id, key.publicKeyBase64()) : MessageSigner.of(id, key);
            SimNode node = new SimNode(id, key, signer, this);
            nodes.add(node);
            byId.put(id, node);
        }
        ValidatorSet set = new ValidatorSet(list, groupWeights, 0.67);
        this.validators = fast ? set.withVerifier(new FastSignatures()) : set;
        for (int i = weights.length; i < weights.length + spares; i++) {
            PeerKey key = key(i);
            String id = "hx" + i;
            MessageSigner signer = fast ? FastSignatures.signer(id, key.publicKeyBase64()) : MessageSigner.of(id, key);
            SimNode node = new SimNode(id, key, signer, this);
            nodes.add(node);
            byId.put(id, node);
        }
    }

    /**
     * The channel's admins: the keys of validators 0..2's deterministic admin keys ({@link #adminKey}),
     * so a change needs two of the three.
     */
    AdminSignatures admins() {
        return new AdminSignatures(CHANNEL, List.of(adminKey(0).publicKeyBase64(), adminKey(1).publicKeyBase64(),
                adminKey(2).publicKeyBase64()));
    }

    /** Admin {@code i}'s key (deterministic, apart from the validators' keys). */
    static PeerKey adminKey(int i) {
        return key(1000 + i);
    }

    static Simulation equalWeights(long seed, int n, boolean fast) {
        long[] weights = new long[n];
        Arrays.fill(weights, 1);
        return new Simulation(seed, weights, new String[0], Map.of(), fast);
    }

    /** Deterministic keys, made once per JVM. */
    static synchronized PeerKey key(int i) {
        return KEYS.computeIfAbsent(i, n -> {
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(("sim validator " + n).getBytes(StandardCharsets.UTF_8));
                return PeerKey.generate(random);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs the nodes started from now on with CONFIG (a test of the production timing). */
    void useConfig(LftConfig config) {
        this.config = config;
    }

    void startAll() {
        nodes.forEach(SimNode::start);
    }

    void addToAllPools(List<Transaction> txs) {
        nodes.forEach(n -> n.chain.addToPool(txs));
        nodes.stream().filter(SimNode::isUp).forEach(SimNode::workAvailable);
    }

    /** Runs until every up node (or every listed one) reached {@code height}; false on the time limit. */
    boolean runUntilHeight(long height, Duration limit, String... who) {
        List<SimNode> watched = who.length == 0 ? nodes : Arrays.stream(who).map(byId::get).toList();
        return events.runUntil(() -> watched.stream().filter(n -> who.length > 0 || n.isUp())
                .allMatch(n -> n.height() >= height), limit);
    }

    void runFor(Duration time) {
        events.runUntil(() -> false, time);
    }

    void deliver(String to, SignedMessage message) {
        SimNode node = byId.get(to);
        if (node != null) {
            node.receive(message);
        }
    }

    void recordCommit(String peerId, CommittedBlock block) {
        committedAt.put(peerId + "/" + block.height(), events.clock().instant());
        if (faulty.contains(peerId)) {
            return;
        }
        String first = decided.putIfAbsent(block.height(), block.block().hash());
        if (first != null && !first.equals(block.block().hash())) {
            violation("SAFETY: " + peerId + " committed " + block.block().hash() + " at height " + block.height()
                    + " where another correct validator committed " + first);
        }
    }

    /** Leaves {@code peerId} out of the safety check: it is byzantine, so its commits prove nothing. */
    void markFaulty(String peerId) {
        faulty.add(peerId);
    }

    /** When {@code peerId} committed {@code height} (simulated time). */
    Instant committedAt(String peerId, long height) {
        return committedAt.get(peerId + "/" + height);
    }

    /** Records a violation and fails the run at once. */
    void violation(String text) {
        violations.add(text);
        throw new AssertionError("seed " + seed + " at " + events.clock().instant() + ": " + text
                + "; heights " + heights());
    }


    List<String> violations() {
        return violations;
    }

    /** Heights of all nodes, for failure messages. */
    Map<String, Long> heights() {
        Map<String, Long> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.id + (n.isUp() ? "" : "(down)"), n.height()));
        return out;
    }

    SimNode node(int i) {
        return nodes.get(i);
    }

    List<SimNode> nodes() {
        return nodes;
    }

    SimNetwork network() {
        return network;
    }

    EventQueue events() {
        return events;
    }

    LftConfig config() {
        return config;
    }

    /** The genesis validator set. */
    ValidatorSet validatorSet() {
        return validators;
    }

    /** The genesis leader schedule. */
    LeaderSchedule schedule() {
        return schedule(validators);
    }

    LeaderSchedule schedule(ValidatorSet set) {
        return new LeaderSchedule(set.validators(), config.maxMadeBlockCount());
    }

    SimNode node(String id) {
        return byId.get(id);
    }

    String channel() {
        return CHANNEL;
    }

    boolean allowEmptyBlocks() {
        return allowEmptyBlocks;
    }

    void allowEmptyBlocks(boolean allow) {
        allowEmptyBlocks = allow;
    }

    int maxBlockTxNum() {
        return config.maxBlockTxNum();
    }

    long micros() {
        Instant now = events.clock().instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** Sends from the simulation itself (a forger outside the validator set, or a replay). */
    void inject(String to, SignedMessage message) {
        network.send("attacker", to, message);
    }

    SignatureVerifier verifier() {
        return new FastSignatures();
    }
}
