package org.loopchain.pki;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public TrustStore(List<X509Certificate> roots, List<X509Certificate> intermediates, List<X509CRL> crls) {
        this.roots = List.copyOf(roots);
        this.intermediates = List.copyOf(intermediates);
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
