package org.loopchain.bench;

import java.util.Map;
import java.util.Optional;
import org.loopchain.core.json.Json;

/**
 * What one phase of {@link Bench} submits: the path and body of transaction {@code i}, and the hash
 * an accepting answer names (as the v1 blocks list it), or empty for a refusal.
 */
interface Load {

    String label();

    String path();

    /** The body of transaction {@code i}, sent by client {@code client}. */
    String body(int i, int client);

    Optional<String> acceptedHash(HttpConnection.Reply reply);

    /** REST v1: {@code POST /api/v1/transactions}, signed by the peer that receives it. */
    static Load v1(boolean token) {
        return new Load() {
            @Override
            public String label() {
                return token ? "v1 token transfers" : "v1 transactions";
            }

            @Override
            public String path() {
                return "/api/v1/transactions";
            }

            @Override
            public String body(int i, int client) {
                return token ? TokenTransfers.body(i) : Bench.body(i);
            }

            @Override
            public Optional<String> acceptedHash(HttpConnection.Reply reply) {
                Map<?, ?> answer = (Map<?, ?>) Json.parse(reply.body());
                return reply.status() == 200 && "0".equals(answer.get("response_code"))
                        ? Optional.of((String) answer.get("tx_hash")) : Optional.empty();
            }
        };
    }
}
