package org.loopchain.pki;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * What a node trusts: the network's root CA certificates (trust anchors), the organisations'
 * intermediate CA certificates (path material: trusted only through a root), and each CA's
 * newest CRL by issuer name. Immutable.
 */
public final class TrustStore {

    private final List<X509Certificate> roots;
    private final List<X509Certificate> intermediates;
    private final Map<X500Principal, X509CRL> crls = new HashMap<>();
    private final Set<String> revoked;

    public TrustStore(List<X509Certificate> roots, List<X509Certificate> intermediates, List<X509CRL> crls) {
        this(roots, intermediates, crls, Set.of());
    }

    private TrustStore(List<X509Certificate> roots, List<X509Certificate> intermediates, List<X509CRL> crls, Set<String> revoked) {
        this.roots = List.copyOf(roots);
        this.intermediates = List.copyOf(intermediates);
        this.revoked = Set.copyOf(revoked);
        for (X509CRL crl : crls) {
            this.crls.merge(crl.getIssuerX500Principal(), crl, (a, b) -> Crl.number(a).compareTo(Crl.number(b)) >= 0 ? a : b);
        }
    }

    /** The trust of a PKI directory as {@code pki init/org} lay it out: {@code ca/} and {@code orgs/*}/. */
    public static TrustStore load(Path pkiDir) throws IOException {
        PkiLayout layout = new PkiLayout(pkiDir);
        List<X509Certificate> roots = new ArrayList<>(Pem.certificates(PkiFiles.read(layout.rootCert())));
        List<X509Certificate> intermediates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        if (Files.exists(layout.rootCrl())) {
            crls.add(Pem.crl(PkiFiles.read(layout.rootCrl())));
        }
        if (Files.isDirectory(layout.orgsDir())) {
            try (DirectoryStream<Path> orgs = Files.newDirectoryStream(layout.orgsDir(), Files::isDirectory)) {
                for (Path org : orgs) {
                    String name = org.getFileName().toString();
                    if (Files.exists(layout.orgCert(name))) {
                        intermediates.addAll(Pem.certificates(PkiFiles.read(layout.orgCert(name))));
                    }
                    if (Files.exists(layout.orgCrl(name))) {
                        crls.add(Pem.crl(PkiFiles.read(layout.orgCrl(name))));
                    }
                }
            }
        }
        return new TrustStore(roots, intermediates, crls);
    }

    /**
     * This trust and what a channel's chain added to it: {@code cas} trusted (a self-signed one as a
     * root, others as organisation CAs) and {@code revokedCerts} revoked, whatever their issuer's CRL says.
     */
    public TrustStore with(List<X509Certificate> cas, List<X509Certificate> revokedCerts) {
        List<X509Certificate> moreRoots = new ArrayList<>(roots);
        List<X509Certificate> moreIntermediates = new ArrayList<>(intermediates);
        for (X509Certificate ca : cas) {
            (ca.getSubjectX500Principal().equals(ca.getIssuerX500Principal()) ? moreRoots : moreIntermediates).add(ca);
        }
        Set<String> out = new HashSet<>(revoked);
        revokedCerts.forEach(c -> out.add(idOf(c)));
        return new TrustStore(moreRoots, moreIntermediates, List.copyOf(crls.values()), out);
    }

    /** Whether the chain revoked {@code cert} ({@link #with}). */
    boolean revokedInChain(X509Certificate cert) {
        return revoked.contains(idOf(cert));
    }

    private static String idOf(X509Certificate cert) {
        return cert.getIssuerX500Principal().getName() + "#" + cert.getSerialNumber().toString(16);
    }

    List<X509Certificate> roots() {
        return roots;
    }

    List<X509Certificate> intermediates() {
        return intermediates;
    }

    /** The newest CRL issued under {@code issuer}'s name, or null. */
    X509CRL crl(X500Principal issuer) {
        return crls.get(issuer);
    }
}
