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
 * @param changes the signed changes, in chain order
 */
record ChainTrustAnswer(List<ValidatorConfig> changes) {

    private static final Logger LOG = Logger.getLogger(ChainTrustAnswer.class.getName());

    /** Reads {@code answer}; empty if it is not a validators answer of {@code channel}. */
    static Optional<ChainTrustAnswer> of(String channel, Map<?, ?> answer, AdminSignatures admins) {
        if (!channel.equals(answer.get("channel")) || !(answer.get("height") instanceof Number height)
                || !(answer.get("changes") instanceof List<?> changes)) {
            return Optional.empty();
        }
        List<Object> inEffect = new ArrayList<>();
        for (Object o : changes) {
            if (o instanceof Map<?, ?> change && change.get("effective_height") instanceof Number effective
                    && effective.longValue() <= height.longValue()) {
                inEffect.add(change.get("config"));
            }
        }
        return Optional.of(verified(channel, inEffect, admins));
    }

    /**
     * The certificate changes among {@code configs} (each a {@code validator_config} JSON object) that
     * a majority of {@code admins} signed; anything else is left out, with a warning.
     */
    static ChainTrustAnswer verified(String channel, List<?> configs, AdminSignatures admins) {
        List<ValidatorConfig> taken = new ArrayList<>();
        for (Object body : configs) {
            if (!(body instanceof Map<?, ?> m)) {
                continue;
            }
            ValidatorConfig config;
            try {
                config = ValidatorConfig.parse(m);
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "channel " + channel + ": a malformed change, ignored: " + e.getMessage());
                continue;
            }
            if (!config.isCertificateChange() || !channel.equals(config.channel())) {
                continue;
            }
            Optional<Refusal> unsigned = admins.problem(config);
            if (unsigned.isPresent()) {
                LOG.warning(() -> "channel " + channel + ": a trust change its admins did not sign, ignored: "
                        + unsigned.get().message());
                continue;
            }
            taken.add(config);
        }
        return new ChainTrustAnswer(List.copyOf(taken));
    }

    /** The CAs the admins trusted, in chain order. */
    List<X509Certificate> cas() {
        return certificates(ValidatorConfig.CA_TRUST);
    }

    /** The certificates the admins revoked, in chain order. */
    List<X509Certificate> revoked() {
        return certificates(ValidatorConfig.REVOKE);
    }

    private List<X509Certificate> certificates(String type) {
        return changes.stream().filter(c -> c.type().equals(type)).map(c -> c.parsedCertificate().certificate()).toList();
    }
}
