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
 * of each validator. A second, different vote is refused as an equivocation.
 */
final class VoteTally {

    /** What {@link #add} did. */
    enum Outcome { ADDED, DUPLICATE, EQUIVOCATION }

    private final Map<MessageType, TreeMap<Long, Map<String, SignedMessage>>> votes = new HashMap<>();

    Outcome add(SignedMessage message) {
        Map<String, SignedMessage> round = votes.computeIfAbsent(message.type(), t -> new TreeMap<>())
                .computeIfAbsent(message.round(), r -> new LinkedHashMap<>());
        SignedMessage first = round.putIfAbsent(message.sender(), message);
        if (first == null) {
            return Outcome.ADDED;
        }
        return first.vote().equals(message.vote()) ? Outcome.DUPLICATE : Outcome.EQUIVOCATION;
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
        return sendersByHash.entrySet().stream().filter(e -> validators.isQuorum(e.getValue()))
                .map(Map.Entry::getKey).findFirst();
    }

    boolean hasQuorum(MessageType type, long round, String hash, ValidatorSet validators) {
        return validators.isQuorum(votesFor(type, round, hash).stream().map(SignedMessage::sender).toList());
    }

    /** The votes of {@code type}/{@code round} for {@code hash}, in arrival order. */
    List<SignedMessage> votesFor(MessageType type, long round, String hash) {
        return byRound(type).getOrDefault(round, Map.of()).values().stream()
                .filter(m -> m.vote().blockHash().equals(hash)).toList();
    }

    private TreeMap<Long, Map<String, SignedMessage>> byRound(MessageType type) {
        return votes.getOrDefault(type, new TreeMap<>());
    }
}
