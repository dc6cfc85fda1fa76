package org.loopchain.channel;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.StoredHistory;
import org.loopchain.validators.ValidatorHistory;

/**
 * A channel's validators as this peer knows them: the {@link ValidatorHistory} (the genesis set and
 * the admins' signed changes, each in effect {@link ValidatorHistory#DELAY} heights after the block
 * that commits it), read back from the store whenever a state machine starts; the set of the height
 * being decided and its members' keys (whose v1 transactions a block may hold); and what this peer is
 * among them. Used on the channel's loop; other threads read only {@link #history()} and
 * {@link #current()}, both empty until consensus starts.
 */
final class ChannelValidators {

    private final String channel;
    private final String peerId;
    private ValidatorSet genesis;
    private AdminSignatures admins;
    private volatile ValidatorHistory history;
    private volatile ValidatorSet current;
    private Set<String> memberKeys = Set.of();

    ChannelValidators(String channel, String peerId) {
        this.channel = channel;
        this.peerId = peerId;
    }

    /** {@code genesis} are the validators of height 1; {@code admins} sign the changes that follow. */
    void start(ValidatorSet genesis, AdminSignatures admins) {
        this.genesis = genesis;
        this.admins = admins;
    }

    /** The history with the changes the store holds (committed so far). */
    ValidatorHistory restore(ChainStore store) {
        history = StoredHistory.restore(new ValidatorHistory(channel, genesis, admins),
                store.state(channel, StoredHistory.KEY_HEX).orElse(null));
        return history;
    }

    /** Takes the set of the height above {@code headHeight} as the current one. */
    void headAt(long headHeight) {
        current = history.at(headHeight + 1);
        memberKeys = current.validators().stream().map(Validator::publicKeyBase64).collect(Collectors.toSet());
    }

    /** The validators of the message's height, as far ahead as they are known (the height after the next). */
    ValidatorSet of(SignedMessage message, long headHeight) {
        return history.at(Math.min(message.height(), headHeight + 2));
    }

    Optional<ValidatorHistory> history() {
        return Optional.ofNullable(history);
    }

    Optional<ValidatorSet> current() {
        return Optional.ofNullable(current);
    }

    boolean memberKey(String publicKeyBase64) {
        return memberKeys.contains(publicKeyBase64);
    }

    boolean haveOthers() {
        ValidatorSet set = current;
        return set != null && set.size() > 1;
    }

    List<Validator> others() {
        return current.validators().stream().filter(v -> !v.peerId().equals(peerId)).toList();
    }

    String role(String leader) {
        if (leader.equals(peerId)) {
            return "leader";
        }
        if (current.contains(peerId)) {
            return "validator";
        }
        return current.audits(peerId) ? "audit" : "observer";
    }

    /**
     * Whether this peer's consensus message of {@code type} goes out: a lone validator that nobody
     * audits has nobody to tell, and a peer that does not validate only asks for blocks (it never votes).
     */
    boolean tellsOthers(MessageType type) {
        boolean validates = current.contains(peerId);
        boolean alone = validates && current.size() <= 1 && !current.hasAuditors();
        return !alone && (validates || type == MessageType.SYNC_REQUEST);
    }
}
