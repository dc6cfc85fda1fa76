package org.loopchain.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.loopchain.api.Replies.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.loopchain.api.TransactionSubmissions.Reply;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelLoop;
import org.loopchain.channel.ChannelSettings;
import org.loopchain.core.tx.SignedConfig;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.service.ChainService;

/** The steps every signed configuration takes, each refusal in the submission shape and nothing submitted. */
class SignedConfigSubmissionTest {

    private final Channel channel = channel("c1");
    private final Map<String, String> auditedChannels = new HashMap<>();
    private CompletableFuture<Transaction> stored = CompletableFuture.completedFuture(new Transaction(TxKind.V1,
            "ab12", "c1", new TxMeta("p1", "s", "1", "c1"), "{}", 0, "", ""));
    private Object submitted;
    private final SignedConfigSubmission submission = submission();

    @Test
    void aBodyThatIsNoJsonObjectIsRefused400() {
        assertRefused(400, "-6", "the request body must be a JSON object", reply(null, "[]"));
    }

    @Test
    void aBodyWithoutThisKindsConfigurationIsToldTheShapeExpected() {
        assertRefused(400, "-6", "the body must be {\"test_config\": {...}}", reply(null, "{\"other\": {}}"));
    }

    @Test
    void aMalformedConfigurationIsRefusedWithTheParsersReason() {
        assertRefused(400, "-6", "test_config.channel is missing", reply(null, "{\"test_config\": {}}"));
    }

    @Test
    void aConfigurationForAnotherChannelThanTheRequestNamesIsRefused() {
        assertRefused(400, "-6", "the thing is for channel c1, the request names c2", reply("c2", config("c1", "")));
    }

    @Test
    void aConfigurationForAChannelThisPeerDoesNotServeIs404() {
        assertRefused(404, "-20", "unknown channel: c9", reply(null, config("c9", "")));
    }

    @Test
    void anAuditPeerRefusesTheConfiguration403() {
        auditedChannels.put("c1", "peer p1 audits channel c1");
        assertRefused(403, "-28", "peer p1 audits channel c1", reply("c1", config("c1", "")));
    }

    @Test
    void theKindsRefusalIsTheAnswer() {
        assertRefused(409, "-27", "stale", reply("", config("c1", "stale")));
    }

    @Test
    void aConfigurationTheChannelCannotTakeNowIs503() {
        stored = CompletableFuture.failedFuture(new IllegalStateException("queue full"));
        Reply reply = reply(null, config("c1", ""));
        assertEquals(503, reply.status());
        assertEquals(map("response_code", "-11", "tx_hash", "", "more_info",
                "the thing was not accepted, try again: queue full"), reply.body());
    }

    @Test
    void anAcceptedConfigurationIsSubmittedAndAnswersItsTransaction() {
        Reply reply = reply("c1", config("c1", ""));
        assertEquals(200, reply.status());
        assertEquals(map("response_code", "0", "tx_hash", "ab12", "more_info", "takes effect soon"), reply.body());
        assertEquals(Map.of("test_config", Map.of("channel", "c1")), submitted);
    }

    private void assertRefused(int status, String code, String message, Reply reply) {
        assertEquals(status, reply.status());
        assertEquals(map("response_code", code, "tx_hash", "", "more_info", message), reply.body());
        assertNull(submitted);
    }

    private static String config(String channel, String verdict) {
        return "{\"test_config\": {\"channel\": \"" + channel + "\", \"verdict\": \"" + verdict + "\"}}";
    }

    private Reply reply(String channelParam, String body) {
        try {
            return submission.submit(channelParam, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                    new TestConfigs()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A configuration whose {@code verdict} says how the channel takes it. */
    private record TestConfig(String channel, String verdict) implements SignedConfig {

        @Override
        public Map<String, Object> toJson() {
            return Map.of("test_config", Map.of("channel", channel));
        }
    }

    private static final class TestConfigs implements SignedConfigSubmission.Kind<TestConfig> {

        @Override
        public TestConfig read(Map<String, Object> request) {
            if (!(request.get("test_config") instanceof Map<?, ?> object)) {
                throw new IllegalArgumentException("the body must be {\"test_config\": {...}}");
            }
            if (!(object.get("channel") instanceof String c)) {
                throw new IllegalArgumentException("test_config.channel is missing");
            }
            return new TestConfig(c, String.valueOf(object.get("verdict")));
        }

        @Override
        public String noun() {
            return "thing";
        }

        @Override
        public void check(TestConfig config, Channel channel) {
            if (config.verdict().equals("stale")) {
                throw SignedConfigSubmission.error(409, -27, "stale");
            }
        }

        @Override
        public String describe(TestConfig config) {
            return "test configuration";
        }

        @Override
        public String takesEffect() {
            return "takes effect soon";
        }
    }

    private SignedConfigSubmission submission() {
        ChainService node = (ChainService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ChainService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "defaultChannel" -> "c1";
                    case "channel" -> Optional.of(channel).filter(c -> c.name().equals(args[0]));
                    case "refusesSubmissions" -> Optional.ofNullable(auditedChannels.get((String) args[0]));
                    case "submit" -> {
                        submitted = args[1];
                        yield stored;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Channels channels = new Channels();
        inject(channels, "manager", node);
        SignedConfigSubmission s = new SignedConfigSubmission();
        inject(s, "channels", channels);
        inject(s, "bodies", new RequestBodies() {
            @Override
            public byte[] bytes(InputStream in, BiFunction<Integer, String, ApiException> error) {
                try {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return s;
    }

    private static Channel channel(String name) {
        ChannelLoop loop = new ChannelLoop() {
            @Override
            public void execute(Runnable task) {
                task.run();
            }

            @Override
            public void schedule(Runnable task, Duration delay) {
            }
        };
        return new Channel(new ChannelSettings(name, "p1", "s", "1", Duration.ofSeconds(1), 10, false), null, null, null,
                null, loop, null, null);
    }

    private static void inject(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
