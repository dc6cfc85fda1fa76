package org.loopchain.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.loopchain.channel.PeerChannels;

/** Live while the threads the channels run on are alive (a dead queue is not cured by waiting: restart). */
@Liveness
@ApplicationScoped
public class NodeLiveness implements HealthCheck {

    @EJB
    private PeerChannels channels;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("loopchain-threads").status(channels.running()).build();
    }
}
