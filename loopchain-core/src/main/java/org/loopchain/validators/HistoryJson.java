package org.loopchain.validators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;

/**
 * The JSON answers about a channel's validators: the set in effect at a height, the changes not in
 * effect yet, and every committed change with the transaction that made it (so an auditor can fetch
 * that transaction and its block and check the admins' signatures).
 */
public final class HistoryJson {

    private HistoryJson() {
    }

    /**
     * @param history the channel's history
     * @param height  the height whose set is answered (the one being decided, or one asked for)
     * @param current the height the channel is deciding: changes in effect later are pending
     */
    public static Map<String, Object> of(ValidatorHistory history, long height, long current) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channel", history.channel());
        out.put("height", height);
        out.put("validators", validators(history.at(height)));
        out.put("voting_ratio", history.at(height).votingRatio());
        out.put("sequence", history.changes());
        out.put("admins", history.admins().admins());
        out.put("signatures_needed", history.admins().needed());
        List<Object> pending = new ArrayList<>();
        List<Object> changes = new ArrayList<>();
        ValidatorSet before = history.genesis();
        for (ValidatorHistory.Entry e : history.entries()) {
            Map<String, Object> m = entry(e, before);
            before = e.set();
            changes.add(m);
            if (e.effectiveHeight() > current) {
                pending.add(m);
            }
        }
        out.put("pending", pending);
        out.put("changes", changes);
        return out;
    }

    private static Map<String, Object> entry(ValidatorHistory.Entry e, ValidatorSet before) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("committed_height", e.committedHeight());
        m.put("effective_height", e.effectiveHeight());
        m.put("tx_hash", e.txHash());
        m.put("type", e.config().type());
        if (e.config().isCertificateChange()) {
            ConfigCertificate cert = e.config().parsedCertificate();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("subject", cert.subject());
            c.put("serial", cert.serial());
            c.put("fingerprint", cert.fingerprint());
            m.put("certificate", c);
            m.put("removed", before.validators().stream().map(Validator::peerId).filter(id -> !e.set().contains(id)).toList());
        } else {
            m.put("peer_id", e.config().peerId());
        }
        if (!e.config().type().equals(ValidatorConfig.REMOVE) && !e.config().isCertificateChange()) {
            m.put("weight", e.config().weight());
        }
        m.put("signed_by", e.config().signatures().stream().map(ValidatorConfig.AdminSignature::admin).distinct().toList());
        m.put("validators", validators(e.set()));
        m.put("config", e.config().toJson().get(ValidatorConfig.FIELD));
        return m;
    }

    /** The validators in leader order: peer id, public key, weight and group. */
    public static List<Object> validators(ValidatorSet set) {
        List<Object> list = new ArrayList<>();
        for (Validator v : set.validators()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("peer_id", v.peerId());
            m.put("public_key", v.publicKeyBase64());
            m.put("weight", v.weight());
            if (v.group() != null) {
                m.put("group", v.group());
            }
            list.add(m);
        }
        return list;
    }
}
