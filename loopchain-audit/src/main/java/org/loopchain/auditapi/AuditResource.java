package org.loopchain.auditapi;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.loopchain.audit.AuditChain;
import org.loopchain.audit.AuditEntry;
import org.loopchain.audit.AuditLog;
import org.loopchain.audit.AuditReader;
import org.loopchain.audit.AuditTier;
import org.loopchain.channel.Channel;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.crypto.Hex;
import org.loopchain.service.ChainService;

/**
 * The audit reads: a channel's full transactions with their results by height range and by sender or
 * signer, one transaction by hash, the channels this node holds, and the node's own audit log. Only
 * channels this node holds, and only where its tier allows audit ({@link AuditTier}: a validator or an
 * admitted audit node; an observer is refused with 403 {@code not_audit_tier}).
 */
@Path("")
@RequestScoped
public class AuditResource {

    @EJB
    private ChainService chain;
    @EJB
    private AuditLog log;
    @Context
    private HttpServletRequest request;

    /** The channels this node holds, with their heights. */
    @GET
    @Path("channels")
    public Response channels() {
        List<Map<String, Object>> out = chain.channels().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("channel", c.name());
            m.put("block_height", chain.blocks().lastBlock(c.name()).map(b -> b.height()).orElse(-1L));
            m.put("role", c.status().role());
            m.put("audit_reads", AuditTier.refusal(c.name(), c.status()).isEmpty());
            return m;
        }).toList();
        return answer(out.size(), Map.of("channels", out));
    }

    /** {@code ?channel=C&from_height=A&to_height=B[&sender=hx…|signer public key]}: full transactions, oldest first. */
    @GET
    @Path("transactions")
    public Response transactions(@QueryParam("channel") String channelParam, @QueryParam("from_height") String from,
                                 @QueryParam("to_height") String to, @QueryParam("sender") String sender) {
        Channel channel = channel(channelParam);
        AuditReader reader = reader();
        AuditReader.HeightRange range = bad(() -> reader.range(channel.name(), height("from_height", from), height("to_height", to)));
        List<Map<String, Object>> txs = bad(() -> reader.transactions(channel.name(), range,
                sender == null || sender.isEmpty() ? null : sender));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel.name());
        body.put("from_height", range.from());
        body.put("to_height", range.to());
        body.put("count", txs.size());
        body.put("transactions", txs);
        return answer(txs.size(), body);
    }

    /** One transaction of the channel with its block height and result. */
    @GET
    @Path("transactions/{hash}")
    public Response transaction(@PathParam("hash") String hash, @QueryParam("channel") String channelParam) {
        Channel channel = channel(channelParam);
        if (!Hex.isHash(hash)) {
            throw new AuditError(400, "bad_request", "a transaction hash is 64 hex digits");
        }
        Map<String, Object> tx = reader().transaction(channel.name(), hash.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new AuditError(404, "not_found", "no transaction " + hash + " in channel " + channel.name()));
        return answer(1, tx);
    }

    /** {@code ?from_seq=N&limit=L}: the node's audit log, oldest first (this read is recorded after it). */
    @GET
    @Path("log")
    public Response log(@QueryParam("from_seq") String fromSeq, @QueryParam("limit") String limit) {
        long from = number("from_seq", fromSeq, 1, Long.MAX_VALUE, 1);
        int max = (int) number("limit", limit, 1, ConfigKeys.Audit.MAX_RECORDS, 100);
        List<Map<String, Object>> entries = log.entries(from, max).stream().map(AuditEntry::asMap).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", log.size());
        body.put("entries", entries);
        return answer(entries.size(), body);
    }

    /**
     * The whole audit log checked link by link ({@link AuditChain.Verifier}): {@code intact}, how many
     * entries checked out, the newest hash, and the first problem. This read is recorded after it.
     */
    @GET
    @Path("log/verify")
    public Response verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long next = 1;
        List<AuditEntry> page;
        do {
            page = log.entries(next, ConfigKeys.Audit.MAX_RECORDS);
            verifier.accept(page);
            next += page.size();
        } while (page.size() == ConfigKeys.Audit.MAX_RECORDS && verifier.problem().isEmpty());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", verifier.problem().isEmpty());
        body.put("checked", verifier.checked());
        body.put("head", verifier.head());
        body.put("problem", verifier.problem().orElse(null));
        return answer(0, body);
    }

    private AuditReader reader() {
        return new AuditReader(chain.blocks(), chain.transactions());
    }

    private Channel channel(String name) {
        String wanted = name == null || name.isEmpty() ? chain.defaultChannel() : name;
        Channel channel = chain.channel(wanted).orElseThrow(() -> new AuditError(404, "unknown_channel",
                "this node holds no channel " + (ConfigKeys.CHANNEL_NAME.matcher(wanted).matches() ? wanted : "of that name")));
        AuditTier.refusal(channel.name(), channel.status()).ifPresent(r -> {
            throw new AuditError(r.status(), r.code(), r.message());
        });
        return channel;
    }

    private Response answer(int records, Object body) {
        request.setAttribute(AuditRecorder.RECORDS, records);
        return Answers.ok(body);
    }

    private static Long height(String name, String raw) {
        return raw == null || raw.isEmpty() ? null : number(name, raw, 0, Long.MAX_VALUE, 0);
    }

    private static long number(String name, String raw, long min, long max, long absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        try {
            long value = Long.parseLong(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new AuditError(400, "bad_request", name + " must be a whole number from " + min
                + (max == Long.MAX_VALUE ? "" : " to " + max));
    }

    private static <T> T bad(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new AuditError(400, "bad_request", e.getMessage());
        }
    }
}
