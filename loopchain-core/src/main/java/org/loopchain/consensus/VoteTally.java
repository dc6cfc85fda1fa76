package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The votes of one height: for each phase (PREVOTE, PRECOMMIT, COMPLAINT) and round, the first vote
 * of each validator. A second, different vote is refused as an equivocation, but may still be
 * {@linkplain #addConflicting counted for its own block}: as in Tendermint, a quorum is a set of
 * signed votes for one value, so an equivocator counts towards each value it signed. Without this, a
 * byzantine validator that sends one vote to some peers and another to the rest leaves them unable
 * ever to see the quorum the others saw, and a validator locked on that quorum's block can then
 * never be followed. Safety is unchanged: two quorums still share more than a third of the weight,
 * hence a correct validator, and a correct validator signs one vote per phase and round.
 */
final class VoteTally {

    /** What {@link #add} did. */
    enum Outcome { ADDED, DUPLICATE, EQUIVOCATION }

    private final Map<MessageType, TreeMap<Long, Map<String, SignedMessage>>> votes = new HashMap<>();
    /** Equivocators' later votes, by phase, round and hash: at most one per sender and hash. */
    private final Map<MessageType, Map<Long, Map<String, Map<String, SignedMessage>>>> conflicting = new HashMap<>();

    Outcome add(SignedMessage message) {
        Map<String, SignedMessage> round = votes.computeIfAbsent(message.type(), t -> new TreeMap<>())
                .computeIfAbsent(message.round(), r -> new LinkedHashMap<>());
        SignedMessage first = round.putIfAbsent(message.sender(), message);
        if (first == null) {
            return Outcome.ADDED;
        }
        return first.vote().equals(message.vote()) ? Outcome.DUPLICATE : Outcome.EQUIVOCATION;
    }

    /**
     * Counts {@code message}, which {@link #add} refused as an equivocation, towards its own block. The
     * caller bounds what is kept (nil or a known block only), since a liar can sign any number of hashes.
     */
    void addConflicting(SignedMessage message) {
        String hash = message.vote().blockHash();
        boolean counted = byRound(message.type()).getOrDefault(message.round(), Map.of()).values().stream()
                .anyMatch(m -> m.sender().equals(message.sender()) && m.vote().blockHash().equals(hash));
        if (!counted) {
            conflicting.computeIfAbsent(message.type(), t -> new HashMap<>())
                    .computeIfAbsent(message.round(), r -> new HashMap<>())
                    .computeIfAbsent(hash, h -> new LinkedHashMap<>())
                    .putIfAbsent(message.sender(), message);
        }
    }

    /** The vote this sender already cast in the message's phase and round, if any. */
    Optional<SignedMessage> first(SignedMessage message) {
        return Optional.ofNullable(byRound(message.type()).getOrDefault(message.round(), Map.of()).get(message.sender()));
    }

    /** The rounds with votes of {@code type}, ascending. */
    Set<Long> rounds(MessageType type) {
        return byRound(type).keySet();
    }

    /** The hash ({@link Vote#NIL} included) that a quorum voted for in {@code type}/{@code round}, if any. */
    Optional<String> quorumHash(MessageType type, long round, ValidatorSet validators) {
        Map<String, List<String>> sendersByHash = new HashMap<>();
        for (SignedMessage m : byRound(type).getOrDefault(round, Map.of()).values()) {
            sendersByHash.computeIfAbsent(m.vote().blockHash(), h -> new ArrayList<>()).add(m.sender());
        }
        conflictingIn(type, round).forEach((hash, bySender) ->
                sendersByHash.computeIfAbsent(hash, h -> new ArrayList<>()).addAll(bySender.keySet()));
        return sendersByHash.entrySet().stream().filter(e -> validators.isQuorum(e.getValue()))
                .map(Map.Entry::getKey).findFirst();
    }

    boolean hasQuorum(MessageType type, long round, String hash, ValidatorSet validators) {
        return validators.isQuorum(votesFor(type, round, hash).stream().map(SignedMessage::sender).toList());
    }

    /** The votes of {@code type}/{@code round} for {@code hash}, one per sender, first votes (in arrival order) first. */
    List<SignedMessage> votesFor(MessageType type, long round, String hash) {
        List<SignedMessage> out = new ArrayList<>(byRound(type).getOrDefault(round, Map.of()).values().stream()
                .filter(m -> m.vote().blockHash().equals(hash)).toList());
        out.addAll(conflictingIn(type, round).getOrDefault(hash, Map.of()).values());
        return out;
    }

    private Map<String, Map<String, SignedMessage>> conflictingIn(MessageType type, long round) {
        return conflicting.getOrDefault(type, Map.of()).getOrDefault(round, Map.of());
    }

    private TreeMap<Long, Map<String, SignedMessage>> byRound(MessageType type) {
        return votes.getOrDefault(type, new TreeMap<>());
    }
}
