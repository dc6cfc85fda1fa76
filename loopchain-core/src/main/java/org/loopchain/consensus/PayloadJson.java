package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON object of each payload type, for {@link ConsensusCodec}. */
final class PayloadJson {

    private PayloadJson() {
    }

    static Map<String, Object> write(Payload payload) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", payload.channel());
        if (payload instanceof Vote v) {
                m.put("height", v.height());
                m.put("round", v.round());
                m.put("block_hash", v.blockHash());
                m.put("result_root", v.resultRoot());
        } else if (payload instanceof Proposal p) {
                m.put("height", p.height());
                m.put("round", p.round());
                m.put("valid_round", p.validRound());
                m.put("block", CoreJsonForms.block(p.candidate().block())); // its transactions by hash only
                m.put("previous_commit", p.previousCommit() == null ? null : ConsensusCodec.commit(p.previousCommit()));
                m.put("complaint", p.complaint() == null ? null : ConsensusCodec.complaint(p.complaint()));
        } else if (payload instanceof TxRequest r) {
                m.put("height", r.height());
                m.put("round", r.round());
                m.put("hashes", new ArrayList<Object>(r.hashes()));
                m.put("target", r.targetPeerId());
        } else if (payload instanceof SyncRequest r) {
                m.put("from", r.fromHeight());
                m.put("to", r.toHeight());
                m.put("target", r.targetPeerId());
        } else if (payload instanceof SyncResponse r) {
                List<Object> blocks = new ArrayList<>();
                for (CommittedBlock b : r.blocks()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("block", CoreJsonForms.block(b.block()));
                    entry.put("txs", CoreJsonForms.txs(b.txs()));
                    entry.put("certificate", ConsensusCodec.commit(b.certificate()));
                    blocks.add(entry);
                }
                m.put("blocks", blocks);
        }
        return m;
    }

    static Payload read(MessageType type, JsonFields f) {
        String channel = f.string("channel");
        return switch (type) {
            case PREVOTE, PRECOMMIT, COMPLAINT -> new Vote(type, channel, f.number("height"), f.number("round"),
                    f.string("block_hash"), f.string("result_root"));
            case PROPOSAL -> new Proposal(channel, f.number("height"), f.number("round"),
                    new CandidateBlock(CoreJsonForms.block(f.object("block")), List.of()),
                    f.number("valid_round"),
                    f.raw("previous_commit") == null ? null : ConsensusCodec.commit(f.object("previous_commit")),
                    f.raw("complaint") == null ? null : ConsensusCodec.complaint(f.object("complaint")));
            case SYNC_REQUEST -> new SyncRequest(channel, f.number("from"), f.number("to"), f.string("target"));
            case TX_REQUEST -> new TxRequest(channel, f.number("height"), f.number("round"), strings(f.list("hashes")),
                    f.string("target"));
            case SYNC_RESPONSE -> {
                List<CommittedBlock> blocks = new ArrayList<>();
                for (Object o : f.list("blocks")) {
                    JsonFields b = new JsonFields(o, "blocks[]");
                    blocks.add(new CommittedBlock(CoreJsonForms.block(b.object("block")),
                            CoreJsonForms.txs(b.list("txs"), "tx"), ConsensusCodec.commit(b.object("certificate"))));
                }
                yield new SyncResponse(channel, blocks);
            }
        };
    }

    private static List<String> strings(List<?> list) {
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof String s)) {
                throw new MalformedMessageException("a list of strings holds " + o);
            }
            out.add(s);
        }
        return out;
    }
}
