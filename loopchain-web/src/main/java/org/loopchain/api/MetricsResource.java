package org.loopchain.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelStatus;
import org.loopchain.service.ChannelMetrics;

/**
 * {@code /api/v1/metrics}: the peer's channels in Prometheus text format ({@link ChannelMetrics}).
 * Our own endpoint rather than the server's MicroProfile Metrics: Payara and WildFly serve different
 * metrics stacks, and this text is the same on both. Read-only; empty on a Radio Station.
 */
@ApplicationScoped
@Path("metrics")
public class MetricsResource {

    @Inject
    private Channels channels;

    @GET
    public Response metrics() {
        Map<String, ChannelStatus> statuses = new LinkedHashMap<>();
        Map<String, Map<String, Long>> dropped = new LinkedHashMap<>();
        for (Channel channel : channels.manager().channels()) {
            statuses.put(channel.name(), channel.status());
            dropped.put(channel.name(), channel.droppedCounts());
        }
        return Response.ok(ChannelMetrics.prometheus(statuses, dropped, channels.manager().foreignTraffic()), ChannelMetrics.CONTENT_TYPE).build();
    }
}
