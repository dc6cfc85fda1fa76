package org.loopchain.radiostation;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.Refusal;
import org.loopchain.validators.ValidatorConfig;

/**
 * The trust changes in effect that a peer's {@code GET /api/v1/validators?channel=} answer lists:
 * each {@code ca_trust} and {@code certificate_revoke} whose effective height the channel has reached,
 * taken only if a majority of the channel's admins signed it (the Radio Station checks the signatures
 * itself, so a peer can withhold a change for a while but never make one up).
 *
 * @param cas     the CAs the admins trusted, in chain order
 * @param revoked the certificates the admins revoked, in chain order
 */
record ChainTrustAnswer(List<X509Certificate> cas, List<X509Certificate> revoked) {

    private static final Logger LOG = Logger.getLogger(ChainTrustAnswer.class.getName());

    /** Reads {@code answer}; empty if it is not a validators answer of {@code channel}. */
    static Optional<ChainTrustAnswer> of(String channel, Map<?, ?> answer, AdminSignatures admins) {
        if (!channel.equals(answer.get("channel")) || !(answer.get("height") instanceof Number height)
                || !(answer.get("changes") instanceof List<?> changes)) {
            return Optional.empty();
        }
        List<X509Certificate> cas = new ArrayList<>();
        List<X509Certificate> revoked = new ArrayList<>();
        for (Object o : changes) {
            if (!(o instanceof Map<?, ?> change) || !(change.get("effective_height") instanceof Number effective)
                    || effective.longValue() > height.longValue() || !(change.get("config") instanceof Map<?, ?> body)) {
                continue;
            }
            ValidatorConfig config;
            try {
                config = ValidatorConfig.parse(body);
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "channel " + channel + ": a peer lists a malformed change, ignored: " + e.getMessage());
                continue;
            }
            if (!config.isCertificateChange()) {
                continue;
            }
            Optional<Refusal> unsigned = admins.problem(config);
            if (unsigned.isPresent()) {
                LOG.warning(() -> "channel " + channel + ": a peer lists a trust change its admins did not sign, ignored: "
                        + unsigned.get().message());
                continue;
            }
            (config.type().equals(ValidatorConfig.CA_TRUST) ? cas : revoked).add(config.parsedCertificate().certificate());
        }
        return Optional.of(new ChainTrustAnswer(cas, revoked));
    }
}
