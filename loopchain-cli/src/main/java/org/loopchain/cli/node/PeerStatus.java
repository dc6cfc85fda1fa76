package org.loopchain.cli.node;

import java.util.Map;

/**
 * A peer's GET /api/v1/status/peer: its block height and hash, or why there is none.
 *
 * @param height the block height, or -1 when the peer did not answer one
 * @param hash   the block hash (may be empty)
 * @param role   the peer's part in the channel (leader, validator, …, or {@code refused: } and why), may be empty
 * @param reason why there is no height
 */
public record PeerStatus(long height, String hash, String role, String reason) {
    public static final String PATH = "/api/v1/status/peer";

    /** The status of the peer whose REST API is at BASE ({@code http://host:port}). */
    public static PeerStatus fetch(String restBase) {
        return of(Http.getObject(restBase + PATH, 5));
    }

    public static PeerStatus of(Map<?, ?> body) {
        if (body == null) {
            return new PeerStatus(-1, "", "", "REST not answering");
        }
        Object h = body.get("block_height");
        if (!(h instanceof Number n)) {
            return new PeerStatus(-1, "", "", "no block_height in the answer");
        }
        Object hash = body.get("block_hash");
        Object role = body.get("role");
        return new PeerStatus(n.longValue(), hash == null ? "" : hash.toString(), role == null ? "" : role.toString(), "");
    }

    /** Whether the peer refuses its channel (a stored chain of other genesis validators): waiting will not help. */
    public boolean refused() {
        return role.startsWith("refused");
    }

    public boolean answered() {
        return height >= 0;
    }

    public String shortHash(int n) {
        return hash.length() > n ? hash.substring(0, n) : hash;
    }
}
