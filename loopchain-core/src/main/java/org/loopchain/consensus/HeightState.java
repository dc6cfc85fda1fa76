package org.loopchain.consensus;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a validator knows about the height being decided: the proposals, votes and blocks seen,
 * its {@link Locking} (lock and valid block) and the {@link RoundState} of the current round.
 * Discarded when the height commits.
 *
 * <p>Owners: {@link MessageRecorder} and {@link Outbox} record what arrives and what is sent;
 * {@link LftStateMachine} (on a later round's proposal) and {@link RoundRules} (on a complaint quorum)
 * move rounds; {@link RoundRules} alone moves the step, the lock and the valid block.
 */
final class HeightState {

    /** A proposal with the signed message that carried it (kept as evidence if its sender equivocates). */
    record SignedProposal(SignedMessage message, Proposal proposal) {
    }

    private final long height;
    private final VoteTally tally = new VoteTally();
    private final Map<Long, SignedProposal> proposals = new HashMap<>();
    private final Map<String, CandidateBlock> knownBlocks = new HashMap<>();
    private final Locking locking = new Locking();
    private RoundState round = new RoundState(0, null);

    HeightState(long height) {
        this.height = height;
    }

    long height() {
        return height;
    }

    RoundState round() {
        return round;
    }

    void enterRound(long newRound, ComplaintCertificate certificate) {
        round = new RoundState(newRound, certificate);
    }

    VoteTally tally() {
        return tally;
    }

    Locking locking() {
        return locking;
    }

    /** Records the first valid proposal of its round and its block. */
    void addProposal(SignedMessage message, Proposal proposal) {
        proposals.put(proposal.round(), new SignedProposal(message, proposal));
        knownBlocks.putIfAbsent(proposal.blockHash(), proposal.candidate());
    }

    Optional<SignedProposal> proposalIn(long r) {
        return Optional.ofNullable(proposals.get(r));
    }

    boolean hasProposals() {
        return !proposals.isEmpty();
    }

    Optional<CandidateBlock> block(String hash) {
        return Optional.ofNullable(knownBlocks.get(hash));
    }

    boolean knows(String hash) {
        return knownBlocks.containsKey(hash);
    }

    Map<String, CandidateBlock> knownBlocks() {
        return Collections.unmodifiableMap(knownBlocks);
    }

    /** The result root of the known block {@code hash}; {@code ""} for nil or an unknown block. */
    String resultRootOf(String hash) {
        CandidateBlock b = hash.isEmpty() ? null : knownBlocks.get(hash);
        return b == null ? "" : b.block().resultRoot();
    }
}
