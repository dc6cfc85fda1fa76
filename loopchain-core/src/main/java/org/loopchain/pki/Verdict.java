package org.loopchain.pki;

import java.security.cert.X509Certificate;

/**
 * What {@link MembershipCheck} says about a certificate (and a signature): accepted, with the
 * holder's role, or refused with a {@link Refusal} and a sentence naming the certificate.
 */
public record Verdict(Refusal refusal, String reason, X509Certificate certificate, Role role) {

    /** Why a certificate or a signature is refused. */
    public enum Refusal {
        /** a certificate of the chain is past its notAfter */
        EXPIRED,
        /** a certificate of the chain is before its notBefore */
        NOT_YET_VALID,
        /** a certificate of the chain is on its issuer's CRL */
        REVOKED,
        /** the member certificate signed itself */
        SELF_SIGNED,
        /** no trusted CA issued it (another network's root, an unknown organisation, a forged signature) */
        UNKNOWN_ISSUER,
        /** no role OU, an unknown one, or one not allowed here */
        WRONG_ROLE,
        /** the signature is not by the certificate's key over the message */
        BAD_SIGNATURE,
        /** the chain breaks the CA rules (basic constraints, key usage, path length, organisation) */
        INVALID_CHAIN,
        /** the issuer's CRL is not signed by the issuer */
        BAD_CRL,
        /** no certificate, or not one that parses */
        MALFORMED
    }

    static Verdict accept(X509Certificate certificate, Role role) {
        return new Verdict(null, null, certificate, role);
    }

    static Verdict refuse(Refusal refusal, String reason, X509Certificate certificate) {
        return new Verdict(refusal, reason, certificate, null);
    }

    public boolean accepted() {
        return refusal == null;
    }

    @Override
    public String toString() {
        String subject = certificate == null ? "?" : certificate.getSubjectX500Principal().getName();
        return accepted()
                ? "accepted: " + subject + " (role " + role.ou() + ")"
                : "refused (" + refusal + "): " + reason;
    }
}
