package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one validator knows and has done in the current round of a height: its step, the complaint
 * certificate that opened the round, whether it proposed or complained, and its own messages of the
 * round (re-sent when the round timer fires). A new one replaces it at each round change; rounds only
 * move forward.
 */
final class RoundState {

    /** Where the validator is within the round. */
    enum Step { PROPOSE, PREVOTE, PRECOMMIT }

    private final long round;
    private final ComplaintCertificate certificate;
    private final List<SignedMessage> sent = new ArrayList<>();
    /** The validators sent this round's certificate because they complained about an earlier round. */
    private final Set<String> certified = new HashSet<>();
    private Step step = Step.PROPOSE;
    private boolean proposed;
    private boolean complained;

    /** @param certificate the complaints about round {@code round - 1}; {@code null} in round 0 or if unknown */
    RoundState(long round, ComplaintCertificate certificate) {
        this.round = round;
        this.certificate = certificate;
    }

    long round() {
        return round;
    }

    /** The complaint certificate that opened this round, or {@code null}. */
    ComplaintCertificate certificate() {
        return certificate;
    }

    boolean isAt(Step s) {
        return step == s;
    }

    void stepTo(Step s) {
        step = s;
    }

    boolean hasProposed() {
        return proposed;
    }

    void proposed() {
        proposed = true;
    }

    boolean hasComplained() {
        return complained;
    }

    /** Marks the complaint about this round's leader; false if already made. */
    boolean complain() {
        boolean first = !complained;
        complained = true;
        return first;
    }

    /** Marks {@code peer} as sent the certificate that opened this round; false if it already was. */
    boolean certify(String peer) {
        return certified.add(peer);
    }

    void recordSent(SignedMessage m) {
        sent.add(m);
    }

    /** This validator's messages of the round, in the order sent. */
    List<SignedMessage> sent() {
        return List.copyOf(sent);
    }
}
