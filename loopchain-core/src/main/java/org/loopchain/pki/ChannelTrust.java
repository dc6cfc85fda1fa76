package org.loopchain.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.json.Json;

/**
 * Each channel's trust, from the {@code trusted_cas} and {@code crls} of its entry in
 * channel_manage_data.json ({@link ChannelManageData} checks their shape): the CA certificates
 * whose members may join it (a self-signed one is a root, any other an organisation CA that must
 * chain to a listed root) and their revocation lists. Paths are relative to the file's directory.
 * A channel without {@code trusted_cas} has no entry: the Radio Station then admits by
 * {@code peer_target} alone.
 */
public final class ChannelTrust {

    private ChannelTrust() {
    }

    /**
     * The membership check of every channel of {@code file} that names trusted CAs.
     *
     * @throws IllegalArgumentException naming the channel and the file that is missing or not PEM
     */
    public static Map<String, MembershipCheck> load(Path file, Clock clock) {
        ChannelManageData.load(file);
        Path base = file.toAbsolutePath().getParent();
        Map<String, MembershipCheck> out = new LinkedHashMap<>();
        Map<?, ?> root = (Map<?, ?>) Json.parse(read(file));
        root.forEach((name, value) -> {
            Map<?, ?> channel = (Map<?, ?>) value;
            if (channel.get("trusted_cas") instanceof List<?> cas) {
                out.put((String) name, new MembershipCheck(trustOf((String) name, base, cas, channel.get("crls")), clock));
            }
        });
        return Map.copyOf(out);
    }

    private static TrustStore trustOf(String channel, Path base, List<?> cas, Object crlPaths) {
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        for (Object path : cas) {
            String where = "channel " + channel + ": trusted_cas " + path;
            List<X509Certificate> certs;
            try {
                certs = Pem.certificates(read(base.resolve((String) path)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(where + ": holds no certificate");
            }
            for (X509Certificate cert : certs) {
                if (cert.getBasicConstraints() < 0) {
                    throw new IllegalArgumentException(where + ": " + cert.getSubjectX500Principal().getName()
                            + " is not a CA certificate");
                }
                boolean selfIssued = cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
                (selfIssued ? roots : intermediates).add(cert);
            }
        }
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("channel " + channel + ": trusted_cas names no root CA (a self-signed certificate)");
        }
        List<X509CRL> crls = new ArrayList<>();
        if (crlPaths instanceof List<?> list) {
            for (Object path : list) {
                String where = "channel " + channel + ": crls " + path;
                try {
                    crls.add(Pem.crl(read(base.resolve((String) path))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        }
        return new TrustStore(roots, intermediates, crls);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file.normalize() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
