package org.loopchain.pki;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's PKI commands ({@code ./loopchain pki ...}); every file under {@code DIR/pki/}.
 *
 * <pre>
 * init [--name NETWORK] [--curve C] [--days N]           root CA: ca/ca.crt, ca.key, crl.pem
 * org ORG [--curve C] [--days N]                           org CA: orgs/ORG/ca.crt, ca.key, crl.pem
 * node NAME --org ORG --role ROLE [--curve C] [--days N]   nodes/NAME/node.crt, node.key, chain.pem
 * revoke CERT_FILE | revoke --serial HEX --org ORG        adds it to its issuer's crl.pem
 * verify CERT_FILE [--role R[,R...]]                       accepted, or refused with the reason
 * </pre>
 *
 * Options before the command: {@code --dir DIR} (default: the current directory). Exit status 0
 * on success, 1 when refused or failed, 2 for a usage error. Nothing is ever overwritten.
 */
public final class PkiCommand {

    private final Path base;
    private final PkiLayout layout;
    private final Clock clock;
    private final SecureRandom random;
    private final PrintStream out;

    PkiCommand(Path base, Clock clock, SecureRandom random, PrintStream out) {
        this.base = base;
        this.layout = new PkiLayout(base.resolve("pki"));
        this.clock = clock;
        this.random = random;
        this.out = out;
    }

    /** Runs one command, dating certificates by {@code clock}; returns the exit status (loopchain-tools' PkiMain runs it). */
    public static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        Path dir = Path.of(".");
        if ("--dir".equals(rest.peekFirst())) {
            rest.removeFirst();
            if (rest.isEmpty()) {
                err.println("pki: --dir needs a directory");
                return 2;
            }
            dir = Path.of(rest.removeFirst());
        }
        String command = rest.isEmpty() ? "help" : rest.removeFirst();
        PkiCommand main = new PkiCommand(dir, clock, new SecureRandom(), out);
        try {
            return switch (command) {
                case "init" -> main.init(Options.parse(rest, 0, "--name", "--curve", "--days"));
                case "org" -> main.org(Options.parse(rest, 1, "--curve", "--days"));
                case "node" -> main.node(Options.parse(rest, 1, "--org", "--role", "--curve", "--days"));
                case "revoke" -> main.revoke(Options.parse(rest, -1, "--serial", "--org"));
                case "verify" -> main.verify(Options.parse(rest, 1, "--role"));
                case "network" -> main.network(Options.parse(rest, 0, "--org", "--peers"));
                case "help", "-h", "--help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("pki: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (FileAlreadyExistsException e) {
            err.println("pki: " + e.getFile() + " exists; nothing is overwritten");
            return 1;
        } catch (NoSuchFileException e) {
            err.println("pki: no such file: " + e.getFile());
            return 1;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("pki: " + e.getMessage());
            return 1;
        }
    }

    static final String USAGE = """
            usage: pki [--dir DIR] COMMAND   (files under DIR/pki/)
              init [--name NETWORK] [--curve secp256k1|p256] [--days 3650]
                                    the network's root CA: ca/ca.crt, ca.key, crl.pem
              org ORG [--curve C] [--days 1825]
                                    organisation ORG's CA, signed by the root: orgs/ORG/ca.crt, ca.key, crl.pem
              node NAME --org ORG --role validator|audit|admin [--curve C] [--days 365]
                                    a node or admin certificate CN=NAME,OU=ROLE,O=ORG:
                                    nodes/NAME/node.crt, node.key, chain.pem
              revoke CERT_FILE      puts the certificate on its issuer's crl.pem
              revoke --serial HEX --org ORG
              verify CERT_FILE [--role R,R]   accepted, or refused with the reason (exit 1)
              network --peers N [--org demo]
                                    what ./loopchain up's network needs, each part only when missing: the
                                    root CA, ORG's CA, validator certificates peer0..peer(N-1)
            """;

    private int init(Options o) throws IOException {
        String network = PkiLayout.checkName("network", o.get("--name", "loopchain"));
        KeyCurve curve = o.curve();
        Duration validity = o.days(CertificateAuthority.ROOT_VALIDITY);
        requireAbsent(layout.rootCert(), layout.rootKey(), layout.rootCrl());
        CertificateAuthority root = CertificateAuthority.createRoot(network, curve, validity, clock, random);
        PkiFiles.writeNew(layout.rootKey(), Pem.privateKey(root.privateKey()), true);
        PkiFiles.writeNew(layout.rootCert(), Pem.certificate(root.certificate()), false);
        PkiFiles.writeNew(layout.rootCrl(), Pem.crl(Crl.empty(root)), false);
        out.println("root CA " + describe(root.certificate()) + "\n  " + rel(layout.rootCert()) + ", " + rel(layout.rootKey())
                + " (rw-------), " + rel(layout.rootCrl()));
        return 0;
    }

    private int org(Options o) throws IOException {
        String org = o.positional(0);
        KeyCurve curve = o.curve();
        Duration validity = o.days(CertificateAuthority.ORG_VALIDITY);
        requireAbsent(layout.orgCert(org), layout.orgKey(org), layout.orgCrl(org));
        CertificateAuthority root = loadCa(layout.rootCert(), layout.rootKey());
        CertificateAuthority.Issued issued = root.issueOrganisation(org, curve, validity);
        CertificateAuthority ca = new CertificateAuthority(issued.certificate(), issued.keyPair().getPrivate(), clock, random);
        PkiFiles.writeNew(layout.orgKey(org), Pem.privateKey(issued.keyPair().getPrivate()), true);
        PkiFiles.writeNew(layout.orgCert(org), Pem.certificate(issued.certificate()), false);
        PkiFiles.writeNew(layout.orgCrl(org), Pem.crl(Crl.empty(ca)), false);
        out.println("organisation CA " + describe(issued.certificate()) + "\n  " + rel(layout.orgCert(org)) + ", "
                + rel(layout.orgKey(org)) + " (rw-------), " + rel(layout.orgCrl(org)));
        return 0;
    }

    private int node(Options o) throws IOException {
        String name = o.positional(0);
        String org = o.require("--org");
        Role role = Role.parse(o.require("--role"));
        KeyCurve curve = o.curve();
        Duration validity = o.days(CertificateAuthority.NODE_VALIDITY);
        requireAbsent(layout.nodeCert(name), layout.nodeKey(name), layout.nodeChain(name));
        if (!Files.exists(layout.orgCert(org))) {
            throw new IllegalArgumentException("no organisation " + org + " (" + rel(layout.orgCert(org)) + "; run pki org " + org + ")");
        }
        CertificateAuthority ca = loadCa(layout.orgCert(org), layout.orgKey(org));
        CertificateAuthority.Issued issued = ca.issueMember(name, role, curve, validity);
        PkiFiles.writeNew(layout.nodeKey(name), Pem.privateKey(issued.keyPair().getPrivate()), true);
        PkiFiles.writeNew(layout.nodeCert(name), Pem.certificate(issued.certificate()), false);
        PkiFiles.writeNew(layout.nodeChain(name), Pem.certificate(issued.certificate()) + Pem.certificate(ca.certificate()), false);
        out.println("node " + describe(issued.certificate()) + "\n  " + rel(layout.nodeCert(name)) + ", "
                + rel(layout.nodeKey(name)) + " (rw-------), " + rel(layout.nodeChain(name)));
        return 0;
    }

    private int network(Options o) throws IOException {
        String org = PkiLayout.checkName("organisation", o.get("--org", "demo"));
        int peers;
        try {
            peers = Integer.parseInt(o.require("--peers"));
        } catch (NumberFormatException e) {
            peers = 0;
        }
        if (peers < 1 || peers > 100) {
            throw new UsageException("--peers must be a whole number from 1 to 100");
        }
        if (!Files.exists(layout.rootCert())) {
            init(Options.parse(new ArrayDeque<>(), 0, "--name", "--curve", "--days"));
        }
        if (!Files.exists(layout.orgCert(org))) {
            org(Options.parse(new ArrayDeque<>(List.of(org)), 1, "--curve", "--days"));
        }
        for (int i = 0; i < peers; i++) {
            if (!Files.exists(layout.nodeChain("peer" + i))) {
                node(Options.parse(new ArrayDeque<>(List.of("peer" + i, "--org", org, "--role", Role.VALIDATOR.ou())), 1,
                        "--org", "--role", "--curve", "--days"));
            }
        }
        return 0;
    }

    private int revoke(Options o) throws IOException {
        BigInteger serial;
        Path caCert;
        Path caKey;
        Path crlFile;
        String what;
        if (o.has("--serial")) {
            if (!o.positionals().isEmpty() || !o.has("--org")) {
                throw new UsageException("revoke takes CERT_FILE, or --serial HEX --org ORG");
            }
            String org = o.require("--org");
            serial = new BigInteger(o.require("--serial").replaceFirst("^0[xX]", ""), 16);
            caCert = layout.orgCert(org);
            caKey = layout.orgKey(org);
            crlFile = layout.orgCrl(org);
            what = "serial " + serial.toString(16);
        } else {
            X509Certificate cert = Pem.certificates(PkiFiles.read(Path.of(o.positional(0)))).get(0);
            serial = cert.getSerialNumber();
            what = describe(cert);
            Path[] issuer = issuerFiles(cert);
            caCert = issuer[0];
            caKey = issuer[1];
            crlFile = issuer[2];
        }
        CertificateAuthority ca = loadCa(caCert, caKey);
        X509CRL previous = Files.exists(crlFile) ? Pem.crl(PkiFiles.read(crlFile)) : Crl.empty(ca);
        X509CRL crl = Crl.revoke(ca, previous, serial);
        PkiFiles.replace(crlFile, Pem.crl(crl));
        out.println("revoked " + what + "\n  " + rel(crlFile) + ": CRL number " + Crl.number(crl) + ", "
                + crl.getRevokedCertificates().size() + " revoked, next update " + crl.getNextUpdate().toInstant());
        return 0;
    }

    private int verify(Options o) throws IOException {
        List<X509Certificate> chain = Pem.certificates(PkiFiles.read(Path.of(o.positional(0))));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : o.get("--role", "validator,audit,admin").split(",")) {
            roles.add(Role.parse(r.trim()));
        }
        if (!Files.exists(layout.rootCert())) {
            throw new IllegalArgumentException("no " + rel(layout.rootCert()) + " to verify against (run pki init first)");
        }
        Verdict verdict = new MembershipCheck(TrustStore.load(layout.dir()), clock).check(chain, roles);
        out.println(verdict);
        return verdict.accepted() ? 0 : 1;
    }

    /** ca.crt, ca.key and crl.pem of the CA (root or an organisation) whose key signed {@code cert}. */
    private Path[] issuerFiles(X509Certificate cert) throws IOException {
        if (issuedBy(cert, layout.rootCert())) {
            return new Path[] {layout.rootCert(), layout.rootKey(), layout.rootCrl()};
        }
        if (Files.isDirectory(layout.orgsDir())) {
            try (var orgs = Files.list(layout.orgsDir())) {
                for (Path dir : (Iterable<Path>) orgs::iterator) {
                    String org = dir.getFileName().toString();
                    if (issuedBy(cert, layout.orgCert(org))) {
                        return new Path[] {layout.orgCert(org), layout.orgKey(org), layout.orgCrl(org)};
                    }
                }
            }
        }
        throw new IllegalArgumentException(describe(cert) + " is not issued by a CA of " + rel(layout.dir()));
    }

    private static boolean issuedBy(X509Certificate cert, Path caFile) throws IOException {
        if (!Files.exists(caFile)) {
            return false;
        }
        X509Certificate ca = Pem.certificates(PkiFiles.read(caFile)).get(0);
        try {
            cert.verify(ca.getPublicKey(), Bc.PROVIDER);
            return ca.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private CertificateAuthority loadCa(Path cert, Path key) throws IOException {
        if (!Files.exists(cert)) {
            throw new IllegalArgumentException("no " + rel(cert) + (cert.equals(layout.rootCert()) ? " (run pki init first)" : ""));
        }
        return new CertificateAuthority(Pem.certificates(PkiFiles.read(cert)).get(0), Pem.privateKey(PkiFiles.read(key)), clock, random);
    }

    private static void requireAbsent(Path... files) throws FileAlreadyExistsException {
        for (Path file : files) {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
        }
    }

    private static String describe(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName() + " (serial " + cert.getSerialNumber().toString(16)
                + ", until " + cert.getNotAfter().toInstant() + ")";
    }

    private String rel(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        return abs.startsWith(from) ? from.relativize(abs).toString() : abs.toString();
    }

    /** A usage error: exit 2 and the usage text. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --key value} options (each at most once) and positional arguments. */
    private record Options(List<String> positionals, Map<String, String> values) {

        /** {@code count}: how many positionals are required; -1: any number. */
        static Options parse(Deque<String> args, int count, String... known) {
            Map<String, String> values = new HashMap<>();
            List<String> positionals = new ArrayList<>();
            Set<String> allowed = Set.of(known);
            while (!args.isEmpty()) {
                String a = args.removeFirst();
                if (a.startsWith("--")) {
                    if (!allowed.contains(a)) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (args.isEmpty()) {
                        throw new UsageException(a + " needs a value");
                    }
                    if (values.put(a, args.removeFirst()) != null) {
                        throw new UsageException(a + " given twice");
                    }
                } else {
                    positionals.add(a);
                }
            }
            if (count >= 0 && positionals.size() != count) {
                throw new UsageException(count == 0 ? "unexpected " + positionals : "expected " + count + " argument(s), got " + positionals);
            }
            if (count < 0 && positionals.size() > 1) {
                throw new UsageException("one file at a time");
            }
            return new Options(positionals, values);
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        String get(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        String require(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new UsageException(key + " is required");
            }
            return v;
        }

        String positional(int i) {
            if (positionals.size() <= i) {
                throw new UsageException("missing argument");
            }
            return positionals.get(i);
        }

        KeyCurve curve() {
            return KeyCurve.parse(get("--curve", KeyCurve.SECP256K1.cliName()));
        }

        Duration days(Duration fallback) {
            String v = values.get("--days");
            if (v == null) {
                return fallback;
            }
            try {
                long days = Long.parseLong(v);
                if (days < 1 || days > 36500) {
                    throw new NumberFormatException();
                }
                return Duration.ofDays(days);
            } catch (NumberFormatException e) {
                throw new UsageException("--days must be 1..36500, got '" + v + "'");
            }
        }
    }
}
