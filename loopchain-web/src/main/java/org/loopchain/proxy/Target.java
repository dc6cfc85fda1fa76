package org.loopchain.proxy;

import java.util.Objects;

/**
 * A registered peer the proxy may forward to.
 *
 * @param restUrl the base URL of the peer's REST API as it registered it with the Radio Station
 *                (e.g. {@code http://127.0.0.1:9000}); never taken from a client's request
 */
public record Target(String peerId, String restUrl) {

    public Target {
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(restUrl, "restUrl");
    }
}
