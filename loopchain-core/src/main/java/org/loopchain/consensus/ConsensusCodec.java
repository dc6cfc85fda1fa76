package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * The JSON wire form of signed consensus messages and of commit certificates (which a store keeps
 * beside each block): {@code {"type", "sender", "signature", "payload": {...}}}, written with the
 * core's Python-dumps writer. Decoding never trusts the text: oversized, unparsable, mistyped or
 * incomplete input is a {@link MalformedMessageException} (or an empty {@link #tryDecode}).
 */
public final class ConsensusCodec {

    private static final Logger LOG = Logger.getLogger(ConsensusCodec.class.getName());

    private final int maxChars;

    /** @param maxChars the longest text {@link #decode} reads (a full block of transactions must fit) */
    public ConsensusCodec(int maxChars) {
        this.maxChars = maxChars;
    }

    public String encode(SignedMessage message) {
        return Json.pyDumps(signed(message));
    }

    public SignedMessage decode(String text) {
        return signed(new JsonFields(parse(text), "message"));
    }

    /** {@link #decode}, or empty (with the reason logged) for malformed input. */
    public Optional<SignedMessage> tryDecode(String text) {
        try {
            return Optional.of(decode(text));
        } catch (MalformedMessageException e) {
            LOG.fine(() -> "undecodable consensus message: " + e.getMessage());
            return Optional.empty();
        }
    }

    public String encodeCertificate(CommitCertificate certificate) {
        return Json.pyDumps(commit(certificate));
    }

    public CommitCertificate decodeCertificate(String text) {
        return commit(new JsonFields(parse(text), "certificate"));
    }

    private Object parse(String text) {
        if (text == null || text.length() > maxChars) {
            throw new MalformedMessageException("message is absent or longer than " + maxChars + " characters");
        }
        try {
            return Json.parse(text);
        } catch (JsonException e) {
            throw new MalformedMessageException("not JSON: " + e.getMessage());
        }
    }

    private static Map<String, Object> signed(SignedMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", m.type().name());
        out.put("sender", m.sender());
        out.put("signature", m.signature());
        out.put("payload", PayloadJson.write(m.payload()));
        return out;
    }

    static SignedMessage signed(JsonFields f) {
        MessageType type;
        try {
            type = MessageType.valueOf(f.string("type"));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("unknown message type " + f.string("type"));
        }
        try {
            return new SignedMessage(PayloadJson.read(type, f.object("payload")), f.string("sender"), f.string("signature"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new MalformedMessageException("inconsistent " + type + ": " + e.getMessage());
        }
    }

    static Map<String, Object> commit(CommitCertificate c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channel", c.channel());
        out.put("height", c.height());
        out.put("round", c.round());
        out.put("block_hash", c.blockHash());
        out.put("result_root", c.resultRoot());
        out.put("votes", votes(c.precommits()));
        return out;
    }

    static CommitCertificate commit(JsonFields f) {
        return new CommitCertificate(f.string("channel"), f.number("height"), f.number("round"), f.string("block_hash"),
                f.optionalString("result_root"), readVotes(f.list("votes")));
    }

    static Map<String, Object> complaint(ComplaintCertificate c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channel", c.channel());
        out.put("height", c.height());
        out.put("round", c.round());
        out.put("votes", votes(c.complaints()));
        return out;
    }

    static ComplaintCertificate complaint(JsonFields f) {
        return new ComplaintCertificate(f.string("channel"), f.number("height"), f.number("round"), readVotes(f.list("votes")));
    }

    private static List<Object> votes(List<SignedMessage> votes) {
        List<Object> out = new ArrayList<>();
        votes.forEach(v -> out.add(signed(v)));
        return out;
    }

    private static List<SignedMessage> readVotes(List<?> list) {
        List<SignedMessage> out = new ArrayList<>();
        for (Object o : list) {
            SignedMessage m = signed(new JsonFields(o, "vote"));
            if (!(m.payload() instanceof Vote)) {
                throw new MalformedMessageException("a certificate holds a " + m.type());
            }
            out.add(m);
        }
        return out;
    }
}
