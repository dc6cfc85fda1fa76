package org.loopchain.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.pki.CertificateAuthority.Issued;
import org.loopchain.pki.Verdict.Refusal;

/** channel_manage_data.json's trusted_cas and crls, read into each channel's membership check. */
class ChannelTrustTest {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final CertificateAuthority root = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1,
            CertificateAuthority.ROOT_VALIDITY, clock, random);
    private final Issued acmeIssued = root.issueOrganisation("acme", KeyCurve.SECP256K1, CertificateAuthority.ORG_VALIDITY);
    private final CertificateAuthority acme = new CertificateAuthority(acmeIssued.certificate(), acmeIssued.keyPair().getPrivate(),
            clock, random);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path channels(String json) throws IOException {
        write("pki/ca/ca.crt", Pem.certificate(root.certificate()));
        write("pki/orgs/acme/ca.crt", Pem.certificate(acme.certificate()));
        return write("conf/channel_manage_data.json", json);
    }

    @Test
    void eachChannelThatNamesTrustedCasGetsItsCheckAndPathsAreRelativeToTheFile() throws IOException {
        Issued revoked = acme.issueMember("peer9", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        write("pki/orgs/acme/crl.pem", Pem.crl(Crl.revoke(acme, Crl.empty(acme), revoked.certificate().getSerialNumber())));
        Path file = channels("""
                {"kofia_1": {"trusted_cas": ["../pki/ca/ca.crt", "../pki/orgs/acme/ca.crt"], "crls": ["../pki/orgs/acme/crl.pem"]},
                 "loopchain_default": {}}""");
        Map<String, MembershipCheck> trust = ChannelTrust.load(file, clock);
        assertEquals(Set.of("kofia_1"), trust.keySet());
        Issued member = acme.issueMember("peer0", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        assertTrue(trust.get("kofia_1").check(List.of(member.certificate()), Set.of(Role.VALIDATOR)).accepted());
        assertEquals(Refusal.REVOKED, trust.get("kofia_1").check(List.of(revoked.certificate()), Set.of(Role.VALIDATOR)).refusal());
    }

    @Test
    void aMissingFileNamesTheChannelAndThePath() throws IOException {
        Path file = channels("{\"kofia_1\": {\"trusted_cas\": [\"../pki/ca/nope.crt\"]}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelTrust.load(file, clock));
        assertTrue(e.getMessage().startsWith("channel kofia_1: trusted_cas ../pki/ca/nope.crt: cannot read"), e.getMessage());
    }

    @Test
    void onlyCaCertificatesAndAtLeastOneRootAreTrusted() throws IOException {
        Issued member = acme.issueMember("peer0", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        write("pki/peer0.crt", Pem.certificate(member.certificate()));
        Path memberAsCa = channels("{\"kofia_1\": {\"trusted_cas\": [\"../pki/ca/ca.crt\", \"../pki/peer0.crt\"]}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelTrust.load(memberAsCa, clock));
        assertTrue(e.getMessage().contains("is not a CA certificate"), e.getMessage());
        Path orgOnly = channels("{\"kofia_1\": {\"trusted_cas\": [\"../pki/orgs/acme/ca.crt\"]}}");
        e = assertThrows(IllegalArgumentException.class, () -> ChannelTrust.load(orgOnly, clock));
        assertTrue(e.getMessage().contains("names no root CA"), e.getMessage());
        Path notPem = channels("{\"kofia_1\": {\"trusted_cas\": [\"channel_manage_data.json\"]}}");
        e = assertThrows(IllegalArgumentException.class, () -> ChannelTrust.load(notPem, clock));
        assertTrue(e.getMessage().startsWith("channel kofia_1: trusted_cas channel_manage_data.json: "), e.getMessage());
    }
}
