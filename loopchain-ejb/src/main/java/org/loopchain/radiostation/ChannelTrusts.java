package org.loopchain.radiostation;

import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.loopchain.pki.MembershipCheck;

/**
 * The trust each channel that names trusted CAs admits by: the membership check of
 * channel_manage_data.json, plus the CAs its admins trusted and the certificates they revoked in its
 * chain, as far as seen. What was seen once stays: the chain only appends, so an answer that leaves a
 * change out (a peer behind, or one withholding it) cannot undo it. Not thread-safe: the
 * {@link PeerRegistry} that holds it guards it.
 */
final class ChannelTrusts {

    private static final Logger LOG = Logger.getLogger(ChannelTrusts.class.getName());

    private final Map<String, MembershipCheck> file;
    private final Map<String, MembershipCheck> current;
    private final Map<String, Set<X509Certificate>> chainCas = new HashMap<>();
    private final Map<String, Set<X509Certificate>> chainRevoked = new HashMap<>();

    /** @param file the membership check of each channel that names trusted CAs ({@code ChannelTrust.load}) */
    ChannelTrusts(Map<String, MembershipCheck> file) {
        this.file = Map.copyOf(file);
        this.current = new HashMap<>(file);
    }

    /** Whether the channel admits by certificate (its entry names trusted CAs). */
    boolean namesTrustedCas(String channel) {
        return file.containsKey(channel);
    }

    /** The check the channel admits by now; null for a channel that admits by listing alone. */
    MembershipCheck check(String channel) {
        return current.get(channel);
    }

    /**
     * Adds what the channel's chain trusted and revoked to its check (nothing for a channel that names
     * no trusted CAs).
     *
     * @return whether the channel's trust changed
     */
    boolean follow(String channel, List<X509Certificate> cas, List<X509Certificate> revoked) {
        MembershipCheck base = file.get(channel);
        if (base == null) {
            return false;
        }
        Set<X509Certificate> trusted = chainCas.computeIfAbsent(channel, c -> new LinkedHashSet<>());
        Set<X509Certificate> gone = chainRevoked.computeIfAbsent(channel, c -> new LinkedHashSet<>());
        if (!(trusted.addAll(cas) | gone.addAll(revoked))) {
            return false;
        }
        current.put(channel, base.with(List.copyOf(trusted), List.copyOf(gone)));
        LOG.info(() -> "channel " + channel + ": admits by the trust of channel_manage_data.json and its chain: "
                + trusted.size() + " CAs trusted, " + gone.size() + " certificates revoked by its admins");
        return true;
    }
}
