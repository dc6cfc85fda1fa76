package org.loopchain.consensus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.loopchain.core.block.Blocks;

/**
 * Block sync between validators. A peer that learns it is behind asks one peer for the blocks from
 * its head + 1 (at most once per {@code syncInterval}); a peer that hears a validator speak about a
 * height it has already committed sends it the missing blocks unasked (at most once per interval
 * per peer). Received blocks are applied strictly in order, each only after its commit certificate
 * verifies against the validator set of its own height and the block verifies against its parent.
 */
final class CatchUp {

    private final LftConfig config;
    private final ValidatorSets validators;
    private final Chain chain;
    private final Network network;
    private final Clock clock;
    private final MessageSigner signer;
    private final DropCounter drops;
    private final Supplier<ChainHead> head;
    private final Consumer<CommittedBlock> committer;
    private final Map<String, Instant> lastOfferTo = new HashMap<>();
    private Instant lastRequest = Instant.MIN;

    CatchUp(LftConfig config, ValidatorSets validators, Chain chain, Network network, Clock clock, MessageSigner signer,
            DropCounter drops, Supplier<ChainHead> head, Consumer<CommittedBlock> committer) {
        this.config = config;
        this.validators = validators;
        this.chain = chain;
        this.network = network;
        this.clock = clock;
        this.signer = signer;
        this.drops = drops;
        this.head = head;
        this.committer = committer;
    }

    /** Asks {@code target} for the blocks after the head, unless a request went out within the interval. */
    void request(String target) {
        Instant now = clock.instant();
        if (target.equals(signer.peerId()) || now.isBefore(lastRequest.plus(config.syncInterval()))) {
            return;
        }
        lastRequest = now;
        long from = head.get().height() + 1;
        network.send(target, SignedMessage.sign(new SyncRequest(config.channel(), from,
                from + config.maxSyncBlocks() - 1, target), signer));
    }

    /** Answers a SYNC_REQUEST addressed to this peer with the blocks it has. */
    void serve(SignedMessage message) {
        SyncRequest r = (SyncRequest) message.payload();
        if (!r.targetPeerId().equals(signer.peerId())) {
            drops.drop(DropReason.NOT_ADDRESSED_HERE, message, "addressed to " + r.targetPeerId());
            return;
        }
        long to = Math.min(r.toHeight(), r.fromHeight() + config.maxSyncBlocks() - 1);
        sendBlocks(message.sender(), r.fromHeight(), to);
    }

    /** Sends a validator that is behind the blocks from {@code theirHeight}, at most once per interval. */
    void offer(String peerId, long theirHeight) {
        Instant now = clock.instant();
        Instant last = lastOfferTo.getOrDefault(peerId, Instant.MIN);
        if (now.isBefore(last.plus(config.syncInterval()))) {
            return;
        }
        lastOfferTo.put(peerId, now);
        sendBlocks(peerId, theirHeight, theirHeight + config.maxSyncBlocks() - 1);
    }

    private void sendBlocks(String peerId, long from, long to) {
        if (from < 1 || to < from) {
            return;
        }
        List<CommittedBlock> blocks = chain.committedBlocks(from, Math.min(to, head.get().height()));
        if (!blocks.isEmpty()) {
            network.send(peerId, SignedMessage.sign(new SyncResponse(config.channel(), blocks), signer));
        }
    }

    /** Applies the blocks of a SYNC_RESPONSE that extend the head; asks for more if it was a full batch. */
    void apply(SignedMessage message) {
        List<CommittedBlock> blocks = ((SyncResponse) message.payload()).blocks();
        int applied = 0;
        for (CommittedBlock b : blocks) {
            long next = head.get().height() + 1;
            if (b.height() < next) {
                continue;
            }
            List<String> problems = problems(b, next);
            if (!problems.isEmpty()) {
                drops.drop(DropReason.BAD_SYNC_BLOCK, message, "block " + b.height() + ": " + String.join("; ", problems));
                return;
            }
            committer.accept(b);
            applied++;
        }
        if (applied > 0 && blocks.size() >= config.maxSyncBlocks()) {
            lastRequest = Instant.MIN;
            request(message.sender());
        }
    }

    private List<String> problems(CommittedBlock b, long next) {
        List<String> problems = new ArrayList<>();
        CommitCertificate c = b.certificate();
        if (b.height() != next) {
            problems.add("does not follow the head " + (next - 1));
        } else if (c.height() != b.height() || !c.certifies(b.block()) || !c.channel().equals(config.channel())) {
            problems.add("the certificate is for another block");
        } else if (b.txs().size() > config.maxBlockTxNum()) {
            problems.add("more than " + config.maxBlockTxNum() + " txs");
        } else {
            problems.addAll(c.verify(validators.at(b.height())));
            if (problems.isEmpty()) {
                problems.addAll(Blocks.verify(b.block(), head.get().block(), b.txs(), chain::txProblems));
            }
        }
        return problems;
    }
}
