package org.loopchain.consensus;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validators of a channel, in their rotation order, and the quorum rule.
 *
 * <p><b>The rule.</b> Validators agree when their weight exceeds {@code votingRatio} of the total
 * weight. With groups, in addition, the groups that agree (a group agrees when its agreeing members'
 * weight exceeds {@code votingRatio} of its members' weight) must hold more than {@code votingRatio}
 * of the total group weight. The group condition only ever takes quorums away: it is a policy ("each
 * organisation must also agree"), never a way to reach a quorum with less weight.
 *
 * <p><b>Why it is safe.</b> Let {@code W} be the total weight and {@code r >= 2/3} the ratio. Every
 * quorum weighs more than {@code rW}, so any two quorums {@code Q1}, {@code Q2} share
 * {@code w(Q1 ∩ Q2) >= w(Q1) + w(Q2) - W > (2r - 1)W >= W/3}. With faulty weight below {@code W/3}
 * the shared part holds a correct validator, which is what {@link LftStateMachine}'s locking argument
 * needs. The group condition alone would not give this: with 4 groups of 100 validators of weight 1
 * and {@code r = 0.67}, groups A, B, C with 68 members each and groups A, B, D with another 68 each
 * are both group quorums of only 204 of 400, sharing 36 validators in A and 36 in B: 72 faulty
 * validators (18%) could then make both. {@code ValidatorSetTest} searches group shapes for two
 * quorums that share a third of the weight or less, and checks that the search finds the shape above
 * under the group-only rule.
 *
 * <p>A ratio below {@link #SAFE_RATIO} is refused unless the caller says {@code allowUnsafe}.
 */
public final class ValidatorSet {

    /** The lowest ratio at which two quorums always overlap in an honest validator (faulty weight below a third). */
    public static final double SAFE_RATIO = 2.0 / 3;

    private final List<Validator> validators;
    private final Map<String, Validator> byId = new HashMap<>();
    private final Map<String, Long> groupWeights;
    private final Map<String, Long> groupMemberWeights = new HashMap<>();
    private final double votingRatio;
    private final long totalWeight;
    private final long totalGroupWeight;
    private final SignatureVerifier verifier;
    private final Map<String, Validator> auditors;

    public ValidatorSet(List<Validator> validators, Map<String, Long> groupWeights, double votingRatio) {
        this(validators, groupWeights, votingRatio, false, SignatureVerifier.ECDSA);
    }

    public ValidatorSet(List<Validator> validators, Map<String, Long> groupWeights, double votingRatio,
            boolean allowUnsafe, SignatureVerifier verifier) {
        this(validators, groupWeights, votingRatio, allowUnsafe, verifier, Map.of());
    }

    private ValidatorSet(List<Validator> validators, Map<String, Long> groupWeights, double votingRatio,
            boolean allowUnsafe, SignatureVerifier verifier, Map<String, Validator> auditors) {
        if (validators.isEmpty()) {
            throw new IllegalArgumentException("a validator set needs at least one validator");
        }
        if (!(votingRatio > 0 && votingRatio < 1)) {
            throw new IllegalArgumentException("VOTING_RATIO " + votingRatio + " must be between 0 and 1");
        }
        if (votingRatio < SAFE_RATIO && !allowUnsafe) {
            throw new IllegalArgumentException("VOTING_RATIO " + votingRatio + " is below 2/3: two quorums"
                    + " could disagree with one faulty peer; refused unless explicitly allowed");
        }
        this.validators = List.copyOf(validators);
        this.groupWeights = Map.copyOf(new LinkedHashMap<>(groupWeights));
        this.votingRatio = votingRatio;
        this.verifier = verifier;
        long total = 0;
        for (Validator v : this.validators) {
            if (byId.put(v.peerId(), v) != null) {
                throw new IllegalArgumentException("validator " + v.peerId() + " is listed twice");
            }
            checkGroup(v);
            total = Math.addExact(total, v.weight());
        }
        this.totalWeight = total;
        this.totalGroupWeight = this.groupWeights.values().stream().mapToLong(Long::longValue).sum();
        this.auditors = auditors;
    }

    private void checkGroup(Validator v) {
        if (groupWeights.isEmpty()) {
            return;
        }
        Long weight = v.group() == null ? null : groupWeights.get(v.group());
        if (weight == null || weight <= 0) {
            throw new IllegalArgumentException("validator " + v.peerId() + " is in group " + v.group()
                    + ", which has no positive group weight");
        }
        groupMemberWeights.merge(v.group(), v.weight(), Long::sum);
    }

    /** The same members and rule, checking signatures with {@code other} (for simulations). */
    public ValidatorSet withVerifier(SignatureVerifier other) {
        return new ValidatorSet(validators, groupWeights, votingRatio, true, other, auditors);
    }

    /**
     * The same rule, verifier and audit peers with {@code members} as validators (a validator change).
     *
     * @throws IllegalArgumentException if {@code members} is empty, lists a peer twice, or names a group
     *                                  without group weight
     */
    public ValidatorSet withMembers(List<Validator> members) {
        return new ValidatorSet(members, groupWeights, votingRatio, true, verifier, auditors);
    }

    /** The group weights (empty when the channel has no groups). */
    public Map<String, Long> groupWeights() {
        return groupWeights;
    }

    /**
     * The same validators and rule, with {@code auditors}: peers admitted to the channel that never
     * vote (their votes weigh nothing) but may ask for committed blocks.
     */
    public ValidatorSet withAuditors(List<Validator> auditors) {
        Map<String, Validator> byPeerId = new LinkedHashMap<>();
        for (Validator a : auditors) {
            if (byId.containsKey(a.peerId()) || byPeerId.put(a.peerId(), a) != null) {
                throw new IllegalArgumentException("audit peer " + a.peerId() + " is listed twice or also validates");
            }
        }
        return withAuditors(Collections.unmodifiableMap(byPeerId));
    }

    /**
     * As {@link #withAuditors(List)}, reading {@code live} (peer id → audit peer, thread-safe) at each
     * check: the host adds audit peers as they are admitted. An id that validates is never an auditor.
     */
    public ValidatorSet withAuditors(Map<String, Validator> live) {
        return new ValidatorSet(validators, groupWeights, votingRatio, true, verifier, live);
    }

    /** Whether any audit peer is known now. */
    public boolean hasAuditors() {
        return !auditors.isEmpty();
    }

    /** Whether {@code peerId} is an audit peer of the channel (not a validator). */
    public boolean audits(String peerId) {
        return peerId != null && !byId.containsKey(peerId) && auditors.containsKey(peerId);
    }

    public List<Validator> validators() {
        return validators;
    }

    public int size() {
        return validators.size();
    }

    public long totalWeight() {
        return totalWeight;
    }

    public double votingRatio() {
        return votingRatio;
    }

    public Optional<Validator> get(String peerId) {
        return Optional.ofNullable(peerId == null ? null : byId.get(peerId));
    }

    public boolean contains(String peerId) {
        return peerId != null && byId.containsKey(peerId);
    }

    /** Whether the distinct validators among {@code peerIds} (others are ignored) form a quorum. */
    public boolean isQuorum(Collection<String> peerIds) {
        Set<String> members = new HashSet<>();
        for (String id : peerIds) {
            if (contains(id)) {
                members.add(id);
            }
        }
        long agreeing = members.stream().mapToLong(id -> byId.get(id).weight()).sum();
        if (agreeing <= votingRatio * totalWeight) {
            return false;
        }
        return groupWeights.isEmpty() || groupsAgree(members);
    }

    private boolean groupsAgree(Set<String> members) {
        Map<String, Long> agreeingByGroup = new HashMap<>();
        for (String id : members) {
            Validator v = byId.get(id);
            agreeingByGroup.merge(v.group(), v.weight(), Long::sum);
        }
        long agreeingGroups = 0;
        for (Map.Entry<String, Long> e : agreeingByGroup.entrySet()) {
            if (e.getValue() > votingRatio * groupMemberWeights.get(e.getKey())) {
                agreeingGroups += groupWeights.get(e.getKey());
            }
        }
        return agreeingGroups > votingRatio * totalGroupWeight;
    }

    /** True iff {@code message} is signed by the validator or audit peer it names as sender. */
    public boolean verifies(SignedMessage message) {
        Validator v = byId.containsKey(message.sender()) ? byId.get(message.sender()) : auditors.get(message.sender());
        return v != null && verifier.verify(v.publicKeyBase64(), message.payload().digest(), message.signature());
    }
}
