package org.loopchain.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;

/**
 * What one change makes of a validator set, and when it may not. An added validator goes to the
 * end of the leader order; a removed one leaves it; a reweighted one keeps its place.
 *
 * <p><b>A workable quorum.</b> A change is refused when the validators that stay (those of the old
 * set still in the new one) would not form a quorum of the new set on their own. Removing and
 * reweighting always pass (everyone left stays); adding passes when the running validators can go
 * on committing before the newcomer has caught up: adding a peer that does not run yet can then
 * never halt the channel. Adding one validator of weight 1 to three of weight 1 passes (3 of 4 >
 * 0.67); adding one to two does not (2 of 3): add it with a small weight, then raise it.
 *
 * <p>A {@code ca_trust} leaves the set as it is; a {@code certificate_revoke} removes the validator
 * whose key the certificate certifies, if one has it (a removal, so only the last validator cannot go).
 */
final class ValidatorChanges {

    private ValidatorChanges() {
    }

    /** Why {@code config} does not apply to {@code set}; empty if it does. */
    static Optional<Refusal> problem(String channel, ValidatorSet set, ValidatorConfig config) {
        return apply(channel, set, config).refusal;
    }

    /** The set after {@code config}; empty if it does not apply. */
    static Optional<ValidatorSet> next(String channel, ValidatorSet set, ValidatorConfig config) {
        return apply(channel, set, config).next;
    }

    private record Result(Optional<ValidatorSet> next, Optional<Refusal> refusal) {
        static Result refused(String message) {
            return new Result(Optional.empty(), Optional.of(new Refusal(Refusal.Kind.NOT_APPLICABLE, message)));
        }
    }

    private static Result apply(String channel, ValidatorSet set, ValidatorConfig config) {
        List<Validator> members = new ArrayList<>(set.validators());
        if (config.type().equals(ValidatorConfig.CA_TRUST)) {
            return new Result(Optional.of(set), Optional.empty());
        }
        if (config.type().equals(ValidatorConfig.REVOKE)) {
            String key = config.parsedCertificate().publicKey();
            members.removeIf(v -> v.publicKeyBase64().equals(key));
            if (members.size() == set.validators().size()) {
                return new Result(Optional.of(set), Optional.empty());
            }
            if (members.isEmpty()) {
                return Result.refused("revoking the certificate of the last validator would leave channel " + channel
                        + " without validators");
            }
            try {
                return new Result(Optional.of(set.withMembers(members)), Optional.empty());
            } catch (IllegalArgumentException e) {
                return Result.refused("channel " + channel + ": " + e.getMessage());
            }
        }
        int i = indexOf(members, config.peerId());
        String who = "peer " + AdminSignatures.clip(config.peerId());
        switch (config.type()) {
            case ValidatorConfig.ADD -> {
                if (i >= 0) {
                    return Result.refused(who + " already validates channel " + channel);
                }
                for (Validator v : members) {
                    if (v.publicKeyBase64().equals(config.publicKey())) {
                        return Result.refused("the key of " + who + " is already validator " + v.peerId() + "'s");
                    }
                }
                if (!config.group().isEmpty() && set.groupWeights().isEmpty()) {
                    return Result.refused("channel " + channel + " has no groups; leave group out");
                }
                members.add(new Validator(config.peerId(), config.publicKey(), config.weight(),
                        config.group().isEmpty() ? null : config.group()));
            }
            case ValidatorConfig.REMOVE -> {
                if (i < 0) {
                    return Result.refused(who + " is not a validator of channel " + channel);
                }
                if (members.size() == 1) {
                    return Result.refused("removing " + who + " would leave channel " + channel + " without validators");
                }
                members.remove(i);
            }
            default -> {
                if (i < 0) {
                    return Result.refused(who + " is not a validator of channel " + channel);
                }
                Validator v = members.get(i);
                members.set(i, new Validator(v.peerId(), v.publicKeyBase64(), config.weight(), v.group()));
            }
        }
        ValidatorSet next;
        try {
            next = set.withMembers(members);
        } catch (IllegalArgumentException e) {
            return Result.refused("channel " + channel + ": " + e.getMessage());
        }
        List<String> staying = members.stream().map(Validator::peerId).filter(set::contains).toList();
        if (!next.isQuorum(staying)) {
            return Result.refused("after the change the validators that stay would not be a quorum of channel " + channel
                    + " (" + next.votingRatio() + " of the weight " + next.totalWeight() + "): add validators one at a time,"
                    + " with a smaller weight first");
        }
        return new Result(Optional.of(next), Optional.empty());
    }

    private static int indexOf(List<Validator> members, String peerId) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).peerId().equals(peerId)) {
                return i;
            }
        }
        return -1;
    }
}
