package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;

/**
 * Decides whether a PROPOSAL for the current height may be considered: sent by the round's leader,
 * a sane valid round, the certificates that justify it (the previous height's commit, the previous
 * round's complaints), a block within the size limit that verifies against the head
 * ({@link Blocks#verify}) and that the host accepts. A block seen before at this height is not
 * re-verified.
 */
final class ProposalValidator {

    private final LftConfig config;
    private final ValidatorSets validators;
    private final Chain chain;
    private final DropCounter drops;

    ProposalValidator(LftConfig config, ValidatorSets validators, Chain chain, DropCounter drops) {
        this.config = config;
        this.validators = validators;
        this.chain = chain;
        this.drops = drops;
    }

    boolean valid(SignedMessage message, ChainHead head, Map<String, CandidateBlock> knownBlocks) {
        Proposal p = (Proposal) message.payload();
        ValidatorSet set = validators.at(p.height());
        Validator leader = new LeaderSchedule(set.validators(), config.maxMadeBlockCount())
                .leader(p.height(), head.roundShift(), p.round());
        if (!leader.peerId().equals(message.sender())) {
            return drops.drop(DropReason.NOT_LEADER, message, "the leader of this round is " + leader.peerId());
        }
        if (p.validRound() < -1 || p.validRound() >= p.round()) {
            return drops.drop(DropReason.BAD_VALID_ROUND, message, "valid round " + p.validRound());
        }
        if (!certificatesHold(message, p, head)) {
            return false;
        }
        if (p.candidate().txs().size() > config.maxBlockTxNum()) {
            return drops.drop(DropReason.OVERSIZED_BLOCK, message, p.candidate().txs().size() + " txs > " + config.maxBlockTxNum());
        }
        CandidateBlock known = knownBlocks.get(p.blockHash());
        if (known != null && known.block().resultRoot().equals(p.candidate().block().resultRoot())) {
            return true;
        }
        List<String> problems = blockProblems(p, head.block(), leader, set);
        return problems.isEmpty() || drops.drop(DropReason.INVALID_BLOCK, message, String.join("; ", problems));
    }

    private boolean certificatesHold(SignedMessage message, Proposal p, ChainHead head) {
        if (p.height() > 1) {
            CommitCertificate c = p.previousCommit();
            List<String> problems = c == null ? List.of("missing")
                    : !c.certifies(head.block()) || c.height() != head.height() ? List.of("not for the head")
                    : c.verify(validators.at(c.height()));
            if (!problems.isEmpty()) {
                return drops.drop(DropReason.BAD_COMMIT_CERTIFICATE, message, String.join("; ", problems));
            }
        }
        if (p.round() > 0) {
            ComplaintCertificate c = p.complaint();
            List<String> problems = c == null ? List.of("missing")
                    : c.height() != p.height() || c.round() != p.round() - 1 ? List.of("not for the previous round")
                    : c.verify(validators.at(c.height()));
            if (!problems.isEmpty()) {
                return drops.drop(DropReason.BAD_COMPLAINT_CERTIFICATE, message, String.join("; ", problems));
            }
        }
        return true;
    }

    private List<String> blockProblems(Proposal p, Block parent, Validator leader, ValidatorSet validators) {
        Block block = p.candidate().block();
        List<String> problems = new ArrayList<>(Blocks.verify(block, parent, p.candidate().txs(), chain::txProblems));
        if (block.timestampMicros() <= parent.timestampMicros()) {
            problems.add("block time " + block.timestampMicros() + " is not after the parent's");
        }
        boolean signerOk = p.validRound() < 0
                ? block.peerId().equals(leader.peerId()) && block.publicKey().equals(leader.publicKeyBase64())
                : validators.get(block.peerId()).filter(v -> v.publicKeyBase64().equals(block.publicKey())).isPresent();
        if (!signerOk) {
            problems.add("block made by " + block.peerId() + ", not by " + (p.validRound() < 0 ? "the leader" : "a validator"));
        }
        if (problems.isEmpty()) {
            problems.addAll(chain.validate(block, p.candidate().txs(), parent));
        }
        return problems;
    }
}
