package org.loopchain.consensus;

import java.util.Optional;

/**
 * Records another validator's proposal or vote of the height being decided in its {@link HeightState}:
 * the first valid proposal of each round, and every vote the {@link VoteTally} counts. A validator that
 * signed two different messages of one kind for one round is reported to the {@link Chain} as an
 * {@link Equivocation}; whatever is not recorded is counted as dropped, with the reason.
 */
final class MessageRecorder {

    private final Chain chain;
    private final DropCounter drops;
    private final ProposalValidator proposalValidator;

    MessageRecorder(Chain chain, DropCounter drops, ProposalValidator proposalValidator) {
        this.chain = chain;
        this.drops = drops;
        this.proposalValidator = proposalValidator;
    }

    /** Records the round's first proposal if it is valid on {@code head}; false if it was dropped. */
    boolean recordProposal(HeightState state, ChainHead head, SignedMessage m, Proposal p) {
        Optional<HeightState.SignedProposal> first = state.proposalIn(p.round());
        if (first.isPresent()) {
            boolean same = first.get().proposal().blockHash().equals(p.blockHash());
            if (!same && first.get().message().sender().equals(m.sender())) {
                chain.equivocation(new Equivocation(first.get().message(), m));
            }
            drops.drop(same ? DropReason.DUPLICATE : DropReason.EQUIVOCATION, m, "a proposal for this round is known");
            return false;
        }
        if (!proposalValidator.valid(m, head, state.knownBlocks())) {
            return false;
        }
        state.addProposal(m, p);
        return true;
    }

    /**
     * Counts a prevote, precommit or complaint in the height's tally. An equivocator's vote for nil or
     * a known block counts for that block too, as Tendermint counts votes: otherwise a liar could hide
     * for ever the quorum that locked another validator.
     */
    void recordVote(HeightState state, SignedMessage m, Vote v) {
        Optional<HeightState.SignedProposal> proposal = state.proposalIn(v.round());
        if (!v.isNil() && !state.knows(v.blockHash()) && proposal.isPresent()) {
            drops.drop(DropReason.UNKNOWN_BLOCK, m, "the round's proposal is " + proposal.get().proposal().blockHash());
            return;
        }
        VoteTally tally = state.tally();
        switch (tally.add(m)) {
            case DUPLICATE -> drops.drop(DropReason.DUPLICATE, m, "already counted");
            case EQUIVOCATION -> {
                chain.equivocation(new Equivocation(tally.first(m).orElseThrow(), m));
                if (v.isNil() || state.knows(v.blockHash())) {
                    tally.addConflicting(m);
                }
                drops.drop(DropReason.EQUIVOCATION, m, "a different vote was counted first");
            }
            default -> { }
        }
    }
}
