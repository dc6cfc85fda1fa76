package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.loopchain.audit.AuditChain;
import org.loopchain.audit.AuditEntry;

/**
 * The audit API on a real peer (Payara, the broker, Derby) with tokens from a real Keycloak that
 * {@code ./loopchain up} starts (LOOPCHAIN_KEYCLOAK=on, port 8280 here): an auditor reads full
 * transactions with their results; no token, a tampered, expired or foreign-issuer token is 401, another
 * role 403; the provider down is 503 while the chain goes on; every read and refusal is in the node's
 * hash-chained audit log, which checks out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditIT {

    private static final int KEYCLOAK_PORT = Integer.getInteger("e2e.keycloakPort", 8280);
    private static final String KEYCLOAK = "http://127.0.0.1:" + KEYCLOAK_PORT;
    private static final String SENDER = "hx00000000000000000000000000000000000a0d17";

    private final Launcher launcher = new Launcher(1, "-audit",
            Map.of("LOOPCHAIN_KEYCLOAK", "on", "LOOPCHAIN_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT)));
    private final int port = Launcher.restPort(0);
    private Rest peer;

    @BeforeAll
    void up() {
        launcher.upFresh();
        peer = new Rest(port);
    }

    @AfterAll
    void down() {
        launcher.run("down");
    }

    private static String auditorToken() {
        return AuditClient.token(KEYCLOAK, "loopchain", "loopchain-cli", "auditor", "auditor");
    }

    @Test
    @Order(1)
    void withTheProviderDownATokenTheNodeCannotCheckIs503AndTheChainGoesOn() throws Exception {
        String token = auditorToken();
        stopKeycloak();
        AuditClient.Reply refused = AuditClient.get(port, "channels", token);
        assertEquals(503, refused.status(), refused.body());
        assertEquals("idp_unavailable", refused.json().get("code"));
        String hash = E2e.submit(peer, "{\"data\": \"while the IdP is down\"}");
        awaitCommitted(hash);
        launcher.run("up"); // starts what is down: Keycloak, with its realm and keys kept in the work dir
        AuditClient.Reply read = AuditClient.get(port, "transactions/" + hash, token);
        assertEquals(200, read.status(), "the same token, checked once the provider is back: " + read.body());
    }

    @Test
    @Order(2)
    void anAuditorReadsFullTransactionsWithResultsByRangeHashAndSender() throws Exception {
        String token = auditorToken();
        String hash = E2e.submit(peer, "{\"from\": \"" + SENDER + "\", \"data\": \"audited\"}");
        long height = awaitCommitted(hash);
        AuditClient.Reply range = AuditClient.get(port, "transactions?channel=loopchain_default&from_height=0&to_height=" + height, token);
        assertEquals(200, range.status(), range.body());
        List<?> txs = (List<?>) range.json().get("transactions");
        Map<?, ?> last = (Map<?, ?>) txs.get(txs.size() - 1);
        assertEquals(hash, last.get("tx_hash"));
        assertEquals(height, ((Number) last.get("block_height")).longValue());
        assertEquals(SENDER, ((Map<?, ?>) last.get("data")).get("from"));
        assertFalse(((String) last.get("signature")).isEmpty(), "the full transaction, signature included");
        Map<?, ?> byHash = AuditClient.get(port, "transactions/" + hash, token).json();
        assertEquals(height, ((Number) byHash.get("block_height")).longValue());
        AuditClient.Reply bySender = AuditClient.get(port, "transactions?sender=" + SENDER, token);
        assertEquals(1, ((Number) bySender.json().get("count")).intValue(), bySender.body());
        Map<?, ?> channels = AuditClient.get(port, "channels", token).json();
        assertTrue(channels.toString().contains("loopchain_default"), channels.toString());
    }

    @Test
    @Order(3)
    void missingTamperedExpiredOrForeignTokensAre401AndAnotherRoleIs403() throws Exception {
        AuditClient.Reply none = AuditClient.get(port, "channels", null);
        assertRefused(none, 401, "unauthorized");
        assertTrue(none.challenge().startsWith("Bearer"), "WWW-Authenticate: " + none.challenge());

        String[] parts = auditorToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"auditor\"", "\"auditor\",\"admin\"").getBytes(StandardCharsets.UTF_8));
        assertRefused(AuditClient.get(port, "channels", parts[0] + "." + forged + "." + parts[2]), 401, "invalid_token");
        String flipped = parts[2].charAt(10) == 'A' ? "B" : "A";
        assertRefused(AuditClient.get(port, "channels", parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + flipped
                + parts[2].substring(11)), 401, "invalid_token");
        assertRefused(AuditClient.get(port, "channels", "not-a-jwt"), 401, "invalid_token");

        String admin = Files.readString(launcher.work().resolve("keycloak/admin.password")).strip();
        String masterToken = AuditClient.token(KEYCLOAK, "master", "admin-cli", "admin", admin);
        assertRefused(AuditClient.get(port, "channels", masterToken), 401, "invalid_token");

        AuditClient.Reply client = AuditClient.adminPost(KEYCLOAK + "/admin/realms/loopchain/clients", masterToken,
                "{\"clientId\": \"short-lived\", \"publicClient\": true, \"directAccessGrantsEnabled\": true,"
                        + " \"standardFlowEnabled\": false, \"attributes\": {\"access.token.lifespan\": \"2\"},"
                        + " \"protocolMappers\": [{\"name\": \"groups\", \"protocol\": \"openid-connect\","
                        + " \"protocolMapper\": \"oidc-usermodel-realm-role-mapper\", \"config\": {\"multivalued\": \"true\","
                        + " \"claim.name\": \"groups\", \"access.token.claim\": \"true\", \"jsonType.label\": \"String\"}}]}");
        assertEquals(201, client.status(), client.body());
        String shortLived = AuditClient.token(KEYCLOAK, "loopchain", "short-lived", "auditor", "auditor");
        assertEquals(200, AuditClient.get(port, "channels", shortLived).status(), "valid before it expires");
        Thread.sleep(4_000); // a real token's real expiry: 2 s lifespan
        assertRefused(AuditClient.get(port, "channels", shortLived), 401, "invalid_token");

        String alice = AuditClient.token(KEYCLOAK, "loopchain", "loopchain-cli", "alice", "alice");
        assertRefused(AuditClient.get(port, "transactions", alice), 403, "forbidden");
    }

    @Test
    @Order(4)
    void badRequestsAreRefusedWithACodeAndNothingIsStored() {
        String token = auditorToken();
        long stored = E2e.storedTxCount(peer);
        assertRefused(AuditClient.get(port, "transactions?from_height=x", token), 400, "bad_request");
        assertRefused(AuditClient.get(port, "transactions?from_height=0&to_height=5000", token), 400, "bad_request");
        assertRefused(AuditClient.get(port, "transactions?from_height=9&to_height=2", token), 400, "bad_request");
        assertRefused(AuditClient.get(port, "transactions?channel=nope", token), 404, "unknown_channel");
        assertRefused(AuditClient.get(port, "transactions/xyz", token), 400, "bad_request");
        assertRefused(AuditClient.get(port, "transactions/" + "ab".repeat(32), token), 404, "not_found");
        assertRefused(AuditClient.get(port, "log?limit=0", token), 400, "bad_request");
        assertRefused(AuditClient.get(port, "nothing-here", token), 404, "not_found");
        assertEquals(stored, E2e.storedTxCount(peer), "an audit read stores no transaction");
    }

    @Test
    @Order(5)
    void everyReadAndRefusalIsInTheHashChainedLogAndTheLogChecksOut() {
        String token = auditorToken();
        AuditClient.Reply log = AuditClient.get(port, "log?limit=1000", token);
        assertEquals(200, log.status(), log.body());
        List<AuditEntry> entries = ((List<?>) log.json().get("entries")).stream()
                .map(e -> AuditEntry.fromMap((Map<?, ?>) e)).toList();
        AuditChain.Verifier verifier = new AuditChain.Verifier().accept(entries);
        assertEquals(Optional.empty(), verifier.problem());
        assertTrue(entries.stream().anyMatch(e -> e.event().status() == 503 && e.event().subject().isEmpty()), "the 503");
        assertTrue(entries.stream().anyMatch(e -> e.event().status() == 401 && e.event().subject().isEmpty()), "a 401");
        assertTrue(entries.stream().anyMatch(e -> e.event().status() == 403 && "alice".equals(e.event().name())), "alice's 403");
        assertTrue(entries.stream().anyMatch(e -> e.event().status() == 200 && "auditor".equals(e.event().name())
                && e.event().endpoint().equals("GET /api/audit/v1/transactions") && e.event().params().contains("sender=")
                && e.event().records() == 1), "the read by sender, with its record count");
        assertTrue(entries.stream().anyMatch(e -> e.event().status() == 400 && e.event().params().equals("from_height=x")),
                "a bad request");
        String verified = launcher.output("audit", "verify");
        assertTrue(verified.contains("intact: " + (entries.size() + 1) + " entries"), verified);
    }

    private static void assertRefused(AuditClient.Reply r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().get("code"), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    private long awaitCommitted(String hash) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Rest.Reply r = peer.get("transactions/result?hash=" + hash);
            if (r.status() == 200 && "0".equals(r.get("response_code"))) {
                return ((Number) ((Map<?, ?>) r.get("response")).get("block_height")).longValue();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("tx " + hash + " not committed within 60 s");
    }

    private void stopKeycloak() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(launcher.work().resolve("run/keycloak.pid")).strip());
        ProcessHandle kc = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("Keycloak (pid " + pid + ") is not running"));
        kc.destroy(); // TERM: kc.sh passes it to its JVM
        for (int i = 0; i < 240 && (kc.isAlive() || portOpen()); i++) {
            Thread.sleep(250);
        }
        assertFalse(portOpen(), "Keycloak stopped");
    }

    private static boolean portOpen() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", KEYCLOAK_PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
