package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A commit certificate as an outsider checks it from the public API: the block it certifies and,
 * per precommit, the validator's id and public key, the signature (base64 DER) and the exact bytes
 * signed ({@link Vote#signedBytes()}, base64). With the validators' weights from the Radio Station's
 * peer list and the channel's {@code VOTING_RATIO}, anyone can verify that the votes' weight exceeds
 * the ratio without trusting the peer that answered.
 */
public final class CertificateProof {

    private CertificateProof() {
    }

    /** The {@code commit_certificate} object; a key is "" for a sender not in {@code validators}. */
    public static Map<String, Object> json(CommitCertificate certificate, ValidatorSet validators) {
        Base64.Encoder base64 = Base64.getEncoder();
        List<Object> votes = new ArrayList<>();
        for (SignedMessage m : certificate.precommits()) {
            Map<String, Object> vote = new LinkedHashMap<>();
            vote.put("peer_id", m.sender());
            vote.put("public_key", validators == null ? ""
                    : validators.get(m.sender()).map(Validator::publicKeyBase64).orElse(""));
            vote.put("signature", m.signature());
            vote.put("payload", base64.encodeToString(m.vote().signedBytes()));
            votes.add(vote);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("height", certificate.height());
        out.put("round", certificate.round());
        out.put("block_hash", certificate.blockHash());
        out.put("result_root", certificate.resultRoot());
        out.put("votes", votes);
        return out;
    }
}
