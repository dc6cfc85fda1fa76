package org.loopchain.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** A submission that fails with an {@code Error} is answered 503 with -11, as any failure, never left to the container. */
class TransactionSubmissionsTest {

    @Test
    void anErrorWhileReadingTheBodyIsAnswered503WithCodeMinus11() throws Exception {
        TransactionSubmissions submissions = new TransactionSubmissions();
        inject(submissions, "bodies", new RequestBodies() {
            @Override
            public Map<String, Object> jsonObject(InputStream in, BiFunction<Integer, String, ApiException> error) {
                throw new StackOverflowError();
            }
        });
        TransactionSubmissions.Reply reply = submissions.submit(null,
                new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))).get(5, TimeUnit.SECONDS);
        assertEquals(503, reply.status());
        assertEquals("-11", reply.body().get("response_code"));
        assertTrue(((String) reply.body().get("more_info")).contains("StackOverflowError"), reply.body().toString());
    }

    @Test
    void anUnexpectedFailureInAResourceIsMinus11Too() {
        Map<String, Object> body = UnexpectedExceptionMapper.body(new NoClassDefFoundError("x"));
        assertEquals(ResponseCodes.FAIL_CREATE_TX, body.get("response_code"));
        assertEquals("the node could not serve this request now: NoClassDefFoundError", body.get("message"));
    }

    private static void inject(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
