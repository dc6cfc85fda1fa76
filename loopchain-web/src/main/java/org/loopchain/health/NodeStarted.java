package org.loopchain.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.loopchain.channel.PeerChannels;
import org.loopchain.core.config.NodeIdentity;

/**
 * Started once the node has its identity and (on a peer) every channel loaded its chain: from then
 * on it answers its REST API. The launcher waits for this before it starts the next node.
 */
@Startup
@ApplicationScoped
public class NodeStarted implements HealthCheck {

    @EJB
    private NodeIdentity node;
    @EJB
    private PeerChannels channels;

    @Override
    public HealthCheckResponse call() {
        boolean loaded = channels.channels().stream().allMatch(c -> c.status().height() >= 0);
        return HealthCheckResponse.named("loopchain-node").status(node.peerId() != null && loaded)
                .withData("role", node.isPeer() ? "peer" : "radiostation")
                .withData("peer_id", String.valueOf(node.peerId())).build();
    }
}
