package org.loopchain.api.rs;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.logs.LogEntry;
import org.loopchain.logs.LogQuery;
import org.loopchain.logs.LogStore;
import org.loopchain.radiostation.RadioStation;
import org.loopchain.radiostation.Refusal;

/**
 * {@code GET /api/v1/logs?node=&channel=&level=&since=&grep=&limit=}: the collected log records of
 * every node, newest last ({@link LogQuery} says what each filter means). A bad or unknown parameter
 * answers 400 with {@code response_code} -6.
 */
@Path("logs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogResource {

    @Inject
    private RadioStations stations;
    @EJB
    private LogStore store;

    @GET
    public Response logs(@Context UriInfo uri) {
        RadioStation rs = stations.active();
        Map<String, String> parameters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (values.size() > 1) {
                throw RsReplies.error(Refusal.BAD_REQUEST, "'" + RsReplies.clip(name) + "' given more than once");
            }
            parameters.put(name, values.get(0));
        });
        LogQuery query;
        try {
            query = LogQuery.parse(parameters, Instant.now(), rs.zone());
        } catch (IllegalArgumentException e) {
            throw RsReplies.error(Refusal.BAD_REQUEST, e.getMessage());
        }
        List<Object> records = new ArrayList<>();
        for (LogEntry e : store.find(query)) {
            records.add(e.toJson());
        }
        return RsReplies.data(RsReplies.map("count", records.size(), "limit", query.limit(), "records", records));
    }
}
