package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopchain.api.RestApplication;
import org.loopchain.channel.ChainStore;
import org.loopchain.channel.Channel;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.tx.Transaction;
import org.loopchain.node.ChannelManager;
import org.loopchain.node.NodeRuntime;
import org.loopchain.score.engine.ScoreCode;

/**
 * The EE wiring on a real (managed) Payara Micro: the startup singletons read the configuration and
 * make the key, the channel manager runs the channel (a peer validating alone) on managed threads,
 * JPA stores blocks and their certificates in Derby through the application's data source, the
 * JMS resources bind to the Artemis resource adapter (deployed first by the post-boot file), and
 * JAX-RS answers through CDI-scoped resources.
 */
@ExtendWith(ArquillianExtension.class)
class NodeWiringIT {

    private static final String CHANNEL = "arquillian_channel";

    @Deployment
    static WebArchive node() throws URISyntaxException {
        return ShrinkWrap.create(WebArchive.class, "node.war")
                .addPackages(true, "org.loopchain.core", "org.loopchain.consensus", "org.loopchain.channel",
                        "org.loopchain.persistence", "org.loopchain.node", "org.loopchain.messaging",
                        "org.loopchain.radiostation", "org.loopchain.score.host", "org.loopchain.service",
                        "org.loopchain.pki", "org.loopchain.coin", "org.loopchain.logs", "org.loopchain.validators",
                        "org.loopchain.audit", "org.loopchain.auditlog", "org.loopchain.appserver")
                .addPackage(RestApplication.class.getPackage())
                .addAsResource("META-INF/persistence.xml")
                .addAsLibraries(jarOf(ECDSASigner.class), jarOf(X509CertificateHolder.class), jarOf(ContentInfo.class), jarOf(ScoreCode.class),
                        jarOf(score.Context.class), jarOf(org.objectweb.asm.ClassReader.class),
                        jarOf(org.objectweb.asm.tree.ClassNode.class), jarOf(org.objectweb.asm.commons.Remapper.class));
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @EJB
    private ChannelManager manager;
    @EJB
    private NodeRuntime node;
    @EJB
    private ChainStore store;

    @Test
    void theNodeStartsWithTheConfiguredChannelAndASigningKey() {
        assertEquals(CHANNEL, manager.defaultChannel());
        assertTrue(node.key().publicKeyBase64().startsWith("MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAE"));
        assertEquals(Blocks.genesis(CHANNEL).hash(), store.blockByHeight(CHANNEL, 0).orElseThrow().hash());
    }

    @Test
    void aSubmittedTransactionIsStoredThenCommittedInAVerifiableBlock() throws Exception {
        Channel channel = manager.channel(CHANNEL).orElseThrow();
        Transaction tx = manager.submit(channel, Map.of("wiring", "in-container")).get(30, TimeUnit.SECONDS);
        assertTrue(store.transaction(CHANNEL, tx.hash()).isPresent());
        long height = awaitCommitted(tx.hash());
        Block block = store.blockByHeight(CHANNEL, height).orElseThrow();
        Block parent = store.blockByHeight(CHANNEL, height - 1).orElseThrow();
        assertEquals(List.of(), Blocks.verify(block, parent, store.transactionsOf(CHANNEL, height)));
    }

    @Test
    @RunAsClient
    void theRestApiAnswersThroughCdiScopedResources(@ArquillianResource URL base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        URI api = base.toURI().resolve("api/v1/");
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(api.resolve("transactions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"data\":\"hello\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().startsWith("{\"response_code\": \"0\", \"tx_hash\": \""), posted.body());

        HttpResponse<String> tooBig = http.send(HttpRequest.newBuilder(api.resolve("transactions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"data\":\"" + "x".repeat(5000) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(tooBig.body().contains("\"response_code\": \"-6\""), tooBig.body());

        HttpResponse<String> status = http.send(HttpRequest.newBuilder(api.resolve("status/peer")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"channel\": \"" + CHANNEL + "\""), status.body());
        assertFalse(status.body().contains("Exception"));
    }

    private long awaitCommitted(String hash) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var stored = store.transaction(CHANNEL, hash).orElseThrow();
            if (!stored.pending()) {
                return stored.blockHeight().getAsLong();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("transaction " + hash + " not committed within 30 s");
    }
}
