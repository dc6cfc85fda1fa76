package org.loopchain.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.ValidatorSets;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;

/**
 * The validators of a channel at every height: the genesis set (channel_manage_data.json and the
 * peers' registrations) and each {@link ValidatorConfig} committed since, in chain order. A change
 * committed in block {@code H} is in effect from {@code H + 2} ({@link #DELAY}, as CometBFT's
 * validator updates), so the set of the height being decided and of the next are always fixed by
 * blocks already final, and a proposal for {@code H + 1} never depends on the outcome of {@code H}.
 *
 * <p>Every peer applies the same checks in the same order to the same blocks ({@link #refusal}):
 * the channel, the admins' signatures ({@link AdminSignatures}), the {@code sequence}, and that the
 * change applies to the set after the changes before it. A refused configuration stays in its block
 * and changes nothing. So the history is a function of the chain: a peer that restarts, or joins
 * late and syncs, rebuilds it by {@linkplain #committed replaying} the blocks, and meets each change
 * at the same height as the others.
 *
 * <p>Written only from the channel's event queue; read from any thread (the entries are an
 * immutable list behind a volatile reference).
 */
public final class ValidatorHistory implements ValidatorSets {

    private static final Logger LOG = Logger.getLogger(ValidatorHistory.class.getName());

    /** How many heights after the block that commits it a change takes effect. */
    public static final long DELAY = 2;

    /** One applied change: committed at {@code committedHeight}, {@code set} in effect from {@code effectiveHeight}. */
    public record Entry(long committedHeight, long effectiveHeight, ValidatorConfig config, String txHash, ValidatorSet set) {
    }

    /** What applying one configuration transaction did. */
    public record Outcome(String txHash, Optional<Entry> applied, Optional<Refusal> refused) {
    }

    private final String channel;
    private final ValidatorSet genesis;
    private final AdminSignatures admins;
    private volatile List<Entry> entries = List.of();
    private long appliedHeight;

    public ValidatorHistory(String channel, ValidatorSet genesis, AdminSignatures admins) {
        this.channel = channel;
        this.genesis = genesis;
        this.admins = admins;
    }

    /**
     * Appends an entry read back from the store ({@link StoredHistory}): applied once already, so it is
     * applied again without checking signatures (the admins in the file may have changed since).
     */
    void restore(long committedHeight, String txHash, ValidatorConfig config) {
        ValidatorSet next = ValidatorChanges.next(channel, latest(), config).orElseThrow(() -> new IllegalStateException(
                "the stored validator history of channel " + channel + " does not apply at height " + committedHeight));
        List<Entry> list = new ArrayList<>(entries);
        list.add(new Entry(committedHeight, committedHeight + DELAY, config, txHash, next));
        entries = List.copyOf(list);
        appliedHeight = committedHeight;
    }

    /** This history after {@code blocks} (from height 1, in order): how a restarted peer rebuilds it. */
    public ValidatorHistory replay(List<CommittedBlock> blocks) {
        blocks.forEach(this::committed);
        return this;
    }

    @Override
    public ValidatorSet at(long height) {
        List<Entry> list = entries;
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).effectiveHeight() <= height) {
                return list.get(i).set();
            }
        }
        return genesis;
    }

    @Override
    public void committed(CommittedBlock block) {
        apply(block.height(), block.txs());
    }

    /**
     * What committing {@code txs} at {@code height} would do, leaving this history as it is: one
     * outcome per configuration transaction, and the history after them (this one if none applies).
     */
    public Preview preview(long height, List<Transaction> txs) {
        ValidatorHistory copy = new ValidatorHistory(channel, genesis, admins);
        copy.entries = entries;
        copy.appliedHeight = appliedHeight;
        List<Outcome> outcomes = copy.apply(height, txs);
        return new Preview(outcomes, copy.changes() == changes() ? this : copy);
    }

    /** What {@link #preview} found. */
    public record Preview(List<Outcome> outcomes, ValidatorHistory after) {
    }

    private List<Outcome> apply(long height, List<Transaction> txs) {
        if (height <= appliedHeight) {
            return List.of();
        }
        appliedHeight = height;
        List<Outcome> outcomes = new ArrayList<>();
        for (Transaction tx : txs) {
            if (tx.kind() == TxKind.V1) {
                ValidatorConfig.of(tx.data()).ifPresent(body -> outcomes.add(apply(body, height, tx.hash())));
            }
        }
        return outcomes;
    }

    private Outcome apply(Map<?, ?> body, long height, String txHash) {
        ValidatorConfig config;
        try {
            config = ValidatorConfig.parse(body);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "channel " + channel + ": validator change in tx " + txHash + " at height " + height
                    + " is malformed, ignored: " + e.getMessage());
            return new Outcome(txHash, Optional.empty(), Optional.of(new Refusal(Refusal.Kind.MALFORMED, e.getMessage())));
        }
        Optional<Refusal> refusal = refusal(config);
        if (refusal.isPresent()) {
            LOG.warning(() -> "channel " + channel + ": validator change in tx " + txHash + " at height " + height
                    + " refused, ignored: " + refusal.get().message());
            return new Outcome(txHash, Optional.empty(), refusal);
        }
        Entry entry = new Entry(height, height + DELAY, config, txHash, ValidatorChanges.next(channel, latest(), config)
                .orElseThrow());
        List<Entry> next = new ArrayList<>(entries);
        next.add(entry);
        entries = List.copyOf(next);
        LOG.info(() -> "channel " + channel + ": " + config.describe() + " (tx " + txHash + ") committed at height "
                + height + ", in effect from height " + entry.effectiveHeight());
        return new Outcome(txHash, Optional.of(entry), Optional.empty());
    }

    /**
     * Why {@code config} would not apply as the channel's next change; empty if it would. Every peer
     * decides it alike from the chain.
     */
    public Optional<Refusal> refusal(ValidatorConfig config) {
        if (!config.channel().equals(channel)) {
            return Optional.of(new Refusal(Refusal.Kind.MALFORMED, "the change is for channel "
                    + AdminSignatures.clip(config.channel()) + ", not " + channel));
        }
        Optional<Refusal> unsigned = admins.problem(config);
        if (unsigned.isPresent()) {
            return unsigned;
        }
        if (config.sequence() != changes()) {
            return Optional.of(new Refusal(Refusal.Kind.STALE, "the change is signed for sequence " + config.sequence()
                    + " but channel " + channel + " has committed " + changes() + " validator changes"
                    + (config.sequence() < changes() ? " (a replay, or another change came first)" : "")));
        }
        Optional<Refusal> repeated = repeated(config);
        return repeated.isPresent() ? repeated : ValidatorChanges.problem(channel, latest(), config);
    }

    /** A CA trusted or a certificate revoked before, or a revoked key added back: empty if none of these. */
    private Optional<Refusal> repeated(ValidatorConfig config) {
        if (config.isCertificateChange()) {
            ConfigCertificate cert = config.parsedCertificate();
            boolean again = certificates(config.type(), Long.MAX_VALUE).stream()
                    .anyMatch(c -> c.fingerprint().equals(cert.fingerprint()));
            return again ? Optional.of(new Refusal(Refusal.Kind.NOT_APPLICABLE, "channel " + channel + " has "
                    + (config.type().equals(ValidatorConfig.CA_TRUST) ? "trusted the CA " : "revoked the certificate ")
                    + cert.subject() + " already")) : Optional.empty();
        }
        if (config.type().equals(ValidatorConfig.ADD) && certificates(ValidatorConfig.REVOKE, Long.MAX_VALUE).stream()
                .anyMatch(c -> c.publicKey().equals(config.publicKey()))) {
            return Optional.of(new Refusal(Refusal.Kind.NOT_APPLICABLE, "the key of peer " + AdminSignatures.clip(config.peerId())
                    + " is certified by a certificate revoked in channel " + channel));
        }
        return Optional.empty();
    }

    /** The CAs trusted by committed {@code ca_trust} changes in effect at {@code height}, oldest first. */
    public List<ConfigCertificate> trustedCas(long height) {
        return certificates(ValidatorConfig.CA_TRUST, height);
    }

    /** The certificates revoked by committed {@code certificate_revoke} changes in effect at {@code height}, oldest first. */
    public List<ConfigCertificate> revoked(long height) {
        return certificates(ValidatorConfig.REVOKE, height);
    }

    private List<ConfigCertificate> certificates(String type, long height) {
        List<ConfigCertificate> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.config().type().equals(type) && e.effectiveHeight() <= height) {
                out.add(e.config().parsedCertificate());
            }
        }
        return out;
    }

    /** The set after every committed change (in effect at most {@link #DELAY} heights from now). */
    public ValidatorSet latest() {
        List<Entry> list = entries;
        return list.isEmpty() ? genesis : list.get(list.size() - 1).set();
    }

    /** The number of committed changes: the {@code sequence} the next change must be signed for. */
    public long changes() {
        return entries.size();
    }

    /** The committed changes, oldest first. */
    public List<Entry> entries() {
        return entries;
    }

    public ValidatorSet genesis() {
        return genesis;
    }

    public AdminSignatures admins() {
        return admins;
    }

    public String channel() {
        return channel;
    }
}
