package org.loopchain.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.pki.CertificateAuthority.Issued;

/** A node's identity from the chain.pem and node.key that ./loopchain pki node writes. */
class NodeCertificateTest {

    private final SecureRandom random = new SecureRandom();
    private final CertificateAuthority root = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1,
            CertificateAuthority.ROOT_VALIDITY, Clock.systemUTC(), random);

    @TempDir
    Path dir;

    private Path node(Issued issued, Issued keyOf) throws IOException {
        Files.writeString(dir.resolve("chain.pem"), Pem.certificate(issued.certificate()) + Pem.certificate(root.certificate()));
        Files.writeString(dir.resolve("node.key"), Pem.privateKey(keyOf.keyPair().getPrivate()));
        return dir.resolve("chain.pem");
    }

    @Test
    void theKeyBesideTheChainIsTheNodesKey() throws IOException {
        Issued peer = root.issueMember("peer0", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        NodeCertificate loaded = NodeCertificate.load(node(peer, peer));
        assertEquals(Base64.getEncoder().encodeToString(peer.certificate().getPublicKey().getEncoded()), loaded.key().publicKeyBase64());
        assertEquals(peer.certificate(), loaded.certificate());
        assertTrue(loaded.pem().contains("BEGIN CERTIFICATE"));
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws IOException {
        Issued peer = root.issueMember("peer0", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        Issued other = root.issueMember("peer1", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeCertificate.load(node(peer, other)));
        assertTrue(e.getMessage().contains("is not the key of CN=peer0"), e.getMessage());
    }

    @Test
    void aP256KeyIsNotANodeKeyAndAMissingKeyIsNamed() throws IOException {
        Issued p256 = root.issueMember("admin", Role.ADMIN, KeyCurve.P256, CertificateAuthority.NODE_VALIDITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeCertificate.load(node(p256, p256)));
        assertTrue(e.getMessage().contains("not a secp256k1 node key"), e.getMessage());
        Files.delete(dir.resolve("node.key"));
        e = assertThrows(IllegalArgumentException.class, () -> NodeCertificate.load(dir.resolve("chain.pem")));
        assertTrue(e.getMessage().contains("no node.key beside it"), e.getMessage());
    }
}
