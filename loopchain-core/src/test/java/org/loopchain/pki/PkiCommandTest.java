package org.loopchain.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.core.crypto.PeerKey;

class PkiCommandTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int pki(Instant when, String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return PkiCommand.run(all, Clock.fixed(when, ZoneOffset.UTC), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int pki(String... args) {
        return pki(T0, args);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private String perms(String file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file)));
    }

    private void network() {
        assertEquals(0, pki("init"), said());
        assertEquals(0, pki("org", "acme"), said());
        assertEquals(0, pki("node", "peer0", "--org", "acme", "--role", "validator"), said());
    }

    @Test
    void networkMakesOnlyWhatIsMissingAndItsNodesAreAdmissibleValidators() throws Exception {
        assertEquals(0, pki("init"), said());
        String root = Files.readString(dir.resolve("pki/ca/ca.crt"));
        assertEquals(0, pki("network", "--peers", "2"), said());
        assertEquals(root, Files.readString(dir.resolve("pki/ca/ca.crt")), "the existing root is kept");
        String peer0 = Files.readString(dir.resolve("pki/nodes/peer0/chain.pem"));
        assertEquals(0, pki("network", "--peers", "3", "--org", "demo"), said());
        assertEquals(peer0, Files.readString(dir.resolve("pki/nodes/peer0/chain.pem")), "existing nodes are kept");
        assertTrue(said().contains("CN=peer2") && !said().contains("CN=peer0"), said());
        assertEquals(0, pki(T0, "verify", dir.resolve("pki/nodes/peer2/chain.pem").toString(), "--role", "validator"), said());
        NodeCertificate.load(dir.resolve("pki/nodes/peer2/chain.pem"));
        assertEquals(2, pki("network", "--peers", "0"), said());
        assertEquals(2, pki("network"), said());
    }

    @Test
    void initOrgAndNodeWriteTheirPemFilesWithOwnerOnlyKeys() throws Exception {
        network();
        for (String f : new String[] {"pki/ca/ca.crt", "pki/ca/crl.pem", "pki/orgs/acme/ca.crt", "pki/orgs/acme/crl.pem",
                "pki/nodes/peer0/node.crt", "pki/nodes/peer0/chain.pem"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        for (String key : new String[] {"pki/ca/ca.key", "pki/orgs/acme/ca.key", "pki/nodes/peer0/node.key"}) {
            assertEquals("rw-------", perms(key), key);
            assertTrue(Files.readString(dir.resolve(key)).startsWith("-----BEGIN PRIVATE KEY-----"), key);
        }
        assertEquals(2, Pem.certificates(Files.readString(dir.resolve("pki/nodes/peer0/chain.pem"))).size());
        try (var tmp = Files.list(dir.resolve("pki/nodes/peer0"))) {
            assertEquals(3, tmp.count(), "no temporary files left behind");
        }
    }

    @Test
    void theNodeKeyReadsAsAPeerKey() throws Exception {
        network();
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(dir.resolve("pki/nodes/peer0/node.key"))
                .replaceAll("-----[A-Z ]+-----", ""));
        PeerKey key = PeerKey.fromPkcs8(der);
        var cert = Pem.certificates(Files.readString(dir.resolve("pki/nodes/peer0/node.crt"))).get(0);
        assertTrue(MembershipCheck.signatureValid(cert, new byte[] {1, 2, 3}, key.sign(new byte[] {1, 2, 3})));
    }

    @Test
    void nothingIsOverwritten() throws Exception {
        network();
        String rootKey = Files.readString(dir.resolve("pki/ca/ca.key"));
        assertEquals(1, pki("init"));
        assertTrue(said().contains("exists; nothing is overwritten"), said());
        assertEquals(1, pki("org", "acme"));
        assertEquals(1, pki("node", "peer0", "--org", "acme", "--role", "audit"));
        assertEquals(rootKey, Files.readString(dir.resolve("pki/ca/ca.key")));
    }

    @Test
    void verifyAcceptsANodeAndRefusesItAfterRevoke() {
        network();
        String cert = dir.resolve("pki/nodes/peer0/chain.pem").toString();
        assertEquals(0, pki("verify", cert, "--role", "validator"), said());
        assertTrue(said().startsWith("accepted: CN=peer0,OU=validator,O=acme"), said());

        assertEquals(1, pki("verify", cert, "--role", "audit,admin"));
        assertTrue(said().contains("refused (WRONG_ROLE)"), said());

        assertEquals(0, pki("revoke", cert), said());
        assertTrue(said().contains("CRL number 2"), said());
        assertEquals(1, pki("verify", cert));
        assertTrue(said().contains("refused (REVOKED)"), said());
        assertEquals(1, pki("revoke", cert));
        assertTrue(said().contains("revoked already"), said());
    }

    @Test
    void revokeBySerialAndVerifyAfterExpiry() throws Exception {
        network();
        assertEquals(0, pki("node", "peer1", "--org", "acme", "--role", "audit", "--curve", "p256", "--days", "30"), said());
        String cert = dir.resolve("pki/nodes/peer1/node.crt").toString();
        assertEquals(1, pki(T0.plus(Duration.ofDays(31)), "verify", cert));
        assertTrue(said().contains("refused (EXPIRED)"), said());
        String serial = Pem.certificates(Files.readString(Path.of(cert))).get(0).getSerialNumber().toString(16);
        assertEquals(0, pki("revoke", "--serial", serial, "--org", "acme"), said());
        assertEquals(1, pki("verify", cert));
        assertTrue(said().contains("refused (REVOKED)"), said());
    }

    @Test
    void badInputIsAnErrorMessageNotAStackTrace() {
        assertEquals(1, pki("verify", "nowhere.crt"));
        assertTrue(said().contains("no such file: nowhere.crt"), said());
        assertEquals(1, pki("org", "acme"));
        assertTrue(said().contains("run pki init first"), said());
        assertEquals(0, pki("init"));
        assertEquals(1, pki("node", "peer0", "--org", "nobody", "--role", "validator"));
        assertTrue(said().contains("no organisation nobody"), said());
        assertEquals(2, pki("node", "peer0", "--org", "acme"));
        assertTrue(said().contains("--role is required"), said());
        assertEquals(1, pki("org", "../evil"));
        assertTrue(said().contains("bad organisation name"), said());
        assertEquals(2, pki("frobnicate"));
        assertEquals(1, pki("init", "--curve", "ed25519"));
        assertTrue(said().contains("unknown curve"), said());
    }
}
