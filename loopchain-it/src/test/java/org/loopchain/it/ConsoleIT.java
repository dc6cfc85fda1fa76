package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.loopchain.audit.AuditEntry;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser (headless Chromium driven by Selenium, Debian's chromium and
 * chromedriver) on a real network (the Radio Station, four peers, the broker, Keycloak): an admin adds
 * the audit peer of channel kofia_1 as its validator through the review and sees it take effect on
 * every peer; a change that would break the quorum and a POST without the form's token are refused and
 * change nothing; alice (no console role) is refused; the auditor reads a transaction and the read is in
 * the node's audit log; an admin pins a SCORE archive the peers keep (deployed with {@code --no-pin}) and
 * sees it run on every peer. Screenshots of every page go to {@code target/console-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final int KEYCLOAK_PORT = Integer.getInteger("e2e.consoleKeycloakPort", 8480);
    private static final String KEYCLOAK = "http://127.0.0.1:" + KEYCLOAK_PORT;
    private static final String CHANNEL = "kofia_1";
    private static final Path SHOTS = Path.of("target/console-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** peer3 runs on WildFly: the console is the same EAR's there. */
    private final Launcher launcher = new Launcher(Launcher.PEERS, "-console",
            Map.of("LOOPCHAIN_KEYCLOAK", "on", "LOOPCHAIN_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT),
                    "LOOPCHAIN_SERVERS", "payara,payara,payara,wildfly"));
    private final String console = "http://127.0.0.1:" + Launcher.restPort(0) + "/console/";

    @BeforeAll
    void up() throws IOException {
        Files.createDirectories(SHOTS);
        launcher.upFresh();
    }

    @AfterAll
    void down() {
        launcher.run("down");
    }

    @Test
    @Order(1)
    void anAdminAddsAValidatorThroughTheReviewAndSeesItTakeEffectOnEveryPeer() throws Exception {
        WebDriver browser = browser();
        try {
            signIn(browser, "admin", "admin");
            expectHeading(browser, "Network and channels");
            assertTrue(browser.getPageSource().contains("registered peers"), "the Radio Station's registry is shown");
            shot(browser, "network");

            browser.get(console + "channel?name=" + CHANNEL);
            expectHeading(browser, "Channel " + CHANNEL);
            WebElement candidate = browser.findElement(By.cssSelector("#candidates tbody tr"));
            String peerId = candidate.getAttribute("data-peer-id");
            assertEquals(3, browser.findElements(By.cssSelector("#validators tbody tr")).size(), "kofia_1 starts with 3 validators");
            shot(browser, "channel");

            // too heavy a newcomer: the validators that stay would not be a quorum; refused with the check's message
            WebElement weight = candidate.findElement(By.name("weight"));
            weight.clear();
            weight.sendKeys("100");
            candidate.findElement(By.tagName("button")).click();
            expectHeading(browser, "The change is refused");
            assertTrue(browser.getPageSource().contains("would not be a quorum"), browser.getPageSource());
            shot(browser, "refused");

            browser.get(console + "channel?name=" + CHANNEL);
            browser.findElement(By.cssSelector("#candidates tbody tr button")).click();
            expectHeading(browser, "Review the change");
            assertTrue(browser.findElement(By.id("change-description")).getText().contains("add validator " + peerId));
            shot(browser, "review");

            csrfIsRequired(browser, peerId);

            confirmAndAwaitInEffect(browser, "the console shows the change in effect");
            long effective = Long.parseLong(browser.findElement(By.id("effective-height")).getText());
            shot(browser, "in-effect");

            for (int i = 0; i < Launcher.PEERS; i++) {
                Rest peer = new Rest(Launcher.restPort(i));
                await(() -> validators(peer).contains(peerId), "peer " + peer + " has the new validator in effect");
                assertTrue(((Number) peer.get("status/peer?channel=" + CHANNEL).json().get("block_height")).longValue() >= effective - 1);
            }
            browser.get(console + "channel?name=" + CHANNEL);
            assertEquals(4, browser.findElements(By.cssSelector("#validators tbody tr")).size());
            shot(browser, "channel-after");
        } finally {
            browser.quit();
        }
    }

    /** A POST without the session's token, or with a forged one, is refused (403) and changes nothing. */
    private void csrfIsRequired(WebDriver browser, String peerId) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        String form = "channel=" + CHANNEL + "&type=add&step=confirm&weight=1&peer_id=" + peerId;
        for (String body : List.of(form, form + "&csrf=forged")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console + "change"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session.getValue())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("security token"), answer.body());
        }
        assertFalse(validators(new Rest(Launcher.restPort(0))).contains(peerId), "nothing changed");
        assertEquals(0, ((List<?>) new Rest(Launcher.restPort(0)).get("validators?channel=" + CHANNEL).json().get("pending")).size());
    }

    @Test
    @Order(2)
    void aUserWithoutAConsoleRoleIsRefused() throws IOException {
        WebDriver browser = browser();
        try {
            signIn(browser, "alice", "alice");
            expectHeading(browser, "Not allowed");
            assertTrue(browser.getPageSource().contains("alice"));
            shot(browser, "refused-alice");
            browser.get(console + "channel?name=" + CHANNEL);
            expectHeading(browser, "Not allowed");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(3)
    void theAuditorReadsATransactionAndTheReadIsInTheAuditLog() throws IOException {
        Rest peer = new Rest(Launcher.restPort(0));
        String hash = E2e.submit(peer, "{\"data\": \"read by the auditor in the console\"}");
        await(() -> "0".equals(String.valueOf(peer.get("transactions/result?hash=" + hash).json().get("response_code"))),
                "the transaction is committed");
        WebDriver browser = browser();
        try {
            signIn(browser, "auditor", "auditor");
            expectHeading(browser, "Audit: read transactions");
            browser.findElement(By.id("tx-hash")).sendKeys(hash);
            browser.findElement(By.id("read-tx")).click();
            // the answer has the same heading as the form: wait for its table, as the page may still be loading
            assertTrue(awaitElement(browser, "transactions").getText().contains(hash), browser.getPageSource());
            assertTrue(browser.getPageSource().contains("read by the auditor in the console"));
            shot(browser, "audit");
            browser.get(console + "channel?name=" + CHANNEL);
            expectHeading(browser, "Not allowed");
        } finally {
            browser.quit();
        }
        String token = AuditClient.token(KEYCLOAK, "loopchain", "loopchain-cli", "auditor", "auditor");
        AuditClient.Reply log = AuditClient.get(Launcher.restPort(0), "log?limit=1000", token);
        assertEquals(200, log.status(), log.body());
        assertTrue(log.body().contains("GET /console/audit") && log.body().contains(hash), log.body());
    }

    /**
     * The console of the WildFly peer3, the same EAR's: the sign-in sends the browser to the provider
     * with PKCE (S256), state and nonce; an answer that belongs to no sign-in of this browser is refused
     * and signs nobody in; the auditor signs in there and reads a transaction; signed out, the console
     * asks for a sign-in again.
     */
    @Test
    @Order(5)
    void onTheWildFlyPeerTheAuditorSignsInWithPkceAndReadsATransaction() throws Exception {
        assertTrue(Files.isRegularFile(launcher.work().resolve("domains/peer3/configuration/standalone-full.xml")), "peer3 on WildFly");
        String wildfly = "http://127.0.0.1:" + Launcher.restPort(3) + "/console/";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(wildfly)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, start.statusCode(), start.body());
        String location = start.headers().firstValue("Location").orElseThrow();
        for (String part : List.of(KEYCLOAK + "/realms/loopchain/protocol/openid-connect/auth?", "response_type=code",
                "client_id=loopchain-console", "code_challenge=", "code_challenge_method=S256", "state=", "nonce=")) {
            assertTrue(location.contains(part), part + " in " + location);
        }
        HttpResponse<String> stray = http.send(HttpRequest.newBuilder(URI.create(wildfly + "callback?state=forged&code=forged")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, stray.statusCode(), stray.body());
        assertTrue(stray.body().contains("does not belong to a sign-in of this browser"), stray.body());

        Rest peer = new Rest(Launcher.restPort(3));
        String hash = E2e.submit(new Rest(Launcher.restPort(0)), "{\"data\": \"read on WildFly\"}");
        await(() -> "0".equals(String.valueOf(peer.get("transactions/result?hash=" + hash).json().get("response_code"))),
                "the transaction is committed on peer3");
        WebDriver browser = browser();
        try {
            browser.get(wildfly);
            new WebDriverWait(browser, PATIENCE).until(d -> !d.findElements(By.id("username")).isEmpty());
            browser.findElement(By.id("username")).sendKeys("auditor");
            browser.findElement(By.id("password")).sendKeys("auditor");
            browser.findElement(By.id("kc-login")).click();
            expectHeading(browser, "Audit: read transactions");
            assertEquals("auditor", browser.findElement(By.id("user")).getText());
            browser.findElement(By.id("tx-hash")).sendKeys(hash);
            browser.findElement(By.id("read-tx")).click();
            assertTrue(awaitElement(browser, "transactions").getText().contains(hash), browser.getPageSource());
            shot(browser, "wildfly-audit");
            browser.findElement(By.cssSelector("form[action$='/signout'] button")).click();
            new WebDriverWait(browser, PATIENCE).until(d -> !d.findElements(By.id("username")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    /**
     * An observer: peer2, a genesis validator of kofia_1, removed on chain by the admins, holds the
     * channel's blocks but neither votes nor is admitted to audit it. With the auditor's token from
     * Keycloak its audit API refuses kofia_1 (403 {@code not_audit_tier}) and records the refusal,
     * while it still answers for loopchain_default, which it validates.
     */
    @Test
    @Order(6)
    void aRemovedGenesisValidatorIsAnObserverThatServesNoAuditReadsOfThatChannel() {
        Rest peer2 = new Rest(Launcher.restPort(2));
        Rest peer0 = new Rest(Launcher.restPort(0));
        String peerId = (String) peer2.get("status/peer?channel=" + CHANNEL).json().get("peer_id");
        launcher.output("validator", "remove", peerId, "--channel", CHANNEL);
        await(() -> {
            E2e.submit(peer0, "transactions?channel=" + CHANNEL, "{\"data\": \"a block on " + CHANNEL + "\"}");
            return "observer".equals(peer2.get("status/peer?channel=" + CHANNEL).json().get("role"));
        }, "peer2 is an observer of " + CHANNEL + " once its removal takes effect");
        String token = AuditClient.token(KEYCLOAK, "loopchain", "loopchain-cli", "auditor", "auditor");
        AuditClient.Reply refused = AuditClient.get(Launcher.restPort(2), "transactions?channel=" + CHANNEL
                + "&from_height=0&to_height=1", token);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("not_audit_tier", refused.json().get("code"), refused.body());
        AuditClient.Reply validated = AuditClient.get(Launcher.restPort(2), "transactions?channel=loopchain_default"
                + "&from_height=0&to_height=1", token);
        assertEquals(200, validated.status(), "peer2 still validates loopchain_default: " + validated.body());
        AuditClient.Reply log = AuditClient.get(Launcher.restPort(2), "log?limit=1000", token);
        assertEquals(200, log.status(), log.body());
        assertTrue(((List<?>) log.json().get("entries")).stream().map(e -> AuditEntry.fromMap((Map<?, ?>) e))
                .anyMatch(e -> e.event().status() == 403 && "auditor".equals(e.event().name()) && CHANNEL.equals(e.event().channel())),
                "the refusal is in peer2's audit log: " + log.body());
    }

    /**
     * The admin pastes peer1's certificate into the channel page's trust form and revokes it: the
     * review names the certificate, the signed change commits, and from its effective height peer1 is
     * out of every peer's set (peer0 and the WildFly peer3 go on as the channel's validators).
     */
    @Test
    @Order(7)
    void anAdminRevokesAValidatorsCertificateInTheConsoleAndItLeavesEverySet() throws Exception {
        String peerId = (String) new Rest(Launcher.restPort(1)).get("status/peer?channel=" + CHANNEL).json().get("peer_id");
        String pem = Files.readString(launcher.work().resolve("pki/nodes/peer1/node.crt"));
        WebDriver browser = browser();
        try {
            signIn(browser, "admin", "admin");
            browser.get(console + "channel?name=" + CHANNEL);
            expectHeading(browser, "Channel " + CHANNEL);
            browser.findElement(By.id("revoke-cert")).click();
            browser.findElement(By.id("certificate")).sendKeys(pem);
            browser.findElement(By.xpath("//button[text()='Review the change']")).click();
            expectHeading(browser, "Review the change");
            assertTrue(browser.findElement(By.id("change-description")).getText().contains("revoke the certificate CN=peer1"),
                    browser.getPageSource());
            shot(browser, "review-revoke");
            confirmAndAwaitInEffect(browser, "the console shows the revocation in effect");
            for (int i = 0; i < Launcher.PEERS; i++) {
                Rest peer = new Rest(Launcher.restPort(i));
                await(() -> !validators(peer).contains(peerId), "peer " + peer + " dropped the revoked peer1");
            }
        } finally {
            browser.quit();
        }
    }

    private static List<?> validatorIds(Rest peer) {
        return ((List<?>) peer.get("validators?channel=" + CHANNEL).json().get("validators")).stream()
                .map(v -> ((Map<?, ?>) v).get("peer_id")).toList();
    }

    private static List<?> validators(Rest peer) {
        return validatorIds(peer);
    }

    @Test
    @Order(4)
    void anAdminPinsAScoreVersionThatThePeersKeepAndItIsInEffectOnEveryPeer() throws Exception {
        Path token = launcher.root().resolve("score-samples").resolve("token").resolve("target").resolve("token.war");
        launcher.run("score", "deploy", token.toString(), "--channel", CHANNEL, "--no-pin");
        Rest peer0 = new Rest(Launcher.restPort(0));
        assertEquals(List.of(), peer0.get("scores?channel=" + CHANNEL).json().get("pins"), "on every peer, not pinned");
        WebDriver browser = browser();
        try {
            signIn(browser, "admin", "admin");
            expectHeading(browser, "Network and channels");
            // the node lists an archive once it keeps its copy, which may follow the deploy by a moment (CI saw it)
            await(() -> {
                browser.get(console + "channel?name=" + CHANNEL);
                return !browser.findElements(By.cssSelector("#score-archives tbody tr[data-score='token 1.0.0'] button")).isEmpty();
            }, "the channel page lists token 1.0.0 among the archives peer0 keeps");
            expectHeading(browser, "Channel " + CHANNEL);
            unknownArchiveIsNotFound(browser);
            browser.findElement(By.cssSelector("#score-archives tbody tr[data-score='token 1.0.0'] button")).click();
            expectHeading(browser, "Review the SCORE change");
            assertTrue(browser.findElement(By.id("change-description")).getText().contains("pin SCORE token 1.0.0"));
            shot(browser, "score-review");

            confirmAndAwaitInEffect(browser, "the console shows the SCORE pin in effect");
            shot(browser, "score-in-effect");
            for (int i = 0; i < Launcher.PEERS; i++) {
                Rest peer = new Rest(Launcher.restPort(i));
                await(() -> {
                    Map<String, Object> score = peer.get("status/score?channel=" + CHANNEL).json();
                    return "ready".equals(score.get("state")) && "1.0.0".equals(score.get("version"));
                }, "peer " + peer + " runs token 1.0.0 on " + CHANNEL);
            }
            browser.get(console + "channel?name=" + CHANNEL);
            assertEquals("pinned", browser.findElement(By.cssSelector("#score-archives tbody tr[data-score='token 1.0.0'] td:last-child"))
                    .getText());
            assertEquals(1, browser.findElements(By.cssSelector("#score-changes tbody tr")).size());
        } finally {
            browser.quit();
        }
    }

    /** A pin of an archive this node does not keep (a valid session and token): 404, and nothing is pinned. */
    private void unknownArchiveIsNotFound(WebDriver browser) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        String csrf = browser.findElement(By.cssSelector("#score-archives input[name='csrf']")).getAttribute("value");
        String body = "channel=" + CHANNEL + "&step=confirm&csrf=" + csrf + "&sha256=" + "ab".repeat(32);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console + "score"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session.getValue())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("keeps no SCORE archive with SHA-256 " + "ab".repeat(32)), answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), "no stack trace: " + answer.body());
        assertEquals(List.of(), new Rest(Launcher.restPort(0)).get("scores?channel=" + CHANNEL).json().get("pins"), "nothing pinned");
    }

    /**
     * Signs and submits the reviewed change, then makes blocks (a change takes effect two blocks after
     * the one that commits it) until the change page says it is in effect.
     */
    private static void confirmAndAwaitInEffect(WebDriver browser, String what) {
        browser.findElement(By.id("confirm")).click();
        Rest peer0 = new Rest(Launcher.restPort(0));
        await(() -> {
            E2e.submit(peer0, "transactions?channel=" + CHANNEL, "{\"data\": \"a block on " + CHANNEL + "\"}");
            return "in-effect".equals(state(browser));
        }, what);
    }

    private void signIn(WebDriver browser, String user, String password) {
        browser.get(console);
        new WebDriverWait(browser, PATIENCE).until(d -> !d.findElements(By.id("username")).isEmpty());
        shotQuietly(browser, "sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, PATIENCE).until(d -> d.getCurrentUrl().contains("/console") && !d.findElements(By.tagName("h1")).isEmpty());
    }

    /** Waits for the page whose heading is EXPECTED (a click's page may still be loading); fails naming the heading seen. */
    private static void expectHeading(WebDriver browser, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> expected.equals(d.findElement(By.tagName("h1")).getText()));
        } catch (TimeoutException e) {
            assertEquals(expected, heading(browser), browser.getCurrentUrl());
        }
    }

    /** Waits for the element ID of the page a click is loading; fails with the page seen. */
    private static WebElement awaitElement(WebDriver browser, String id) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id(id)));
        } catch (TimeoutException e) {
            throw new AssertionError("no #" + id + " on " + browser.getCurrentUrl() + ": " + browser.getPageSource(), e);
        }
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The change page's state after a reload; "" while the page is between loads (it also reloads itself until in effect). */
    private static String state(WebDriver browser) {
        try {
            browser.navigate().refresh();
            List<WebElement> s = browser.findElements(By.id("change-state"));
            return s.isEmpty() ? "" : s.get(0).getAttribute("data-state");
        } catch (WebDriverException e) {
            return "";
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1100");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void shot(WebDriver browser, String name) throws IOException {
        Path file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve("console-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void shotQuietly(WebDriver browser, String name) {
        try {
            shot(browser, name);
        } catch (IOException e) {
            // a screenshot is evidence, not a check
        }
    }
}
