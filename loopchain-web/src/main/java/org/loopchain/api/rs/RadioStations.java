package org.loopchain.api.rs;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.loopchain.api.ResponseCodes;
import org.loopchain.radiostation.RadioStation;
import org.loopchain.radiostation.Refusal;

/** The Radio Station behind the resources, and their common checks: the node's role and the channel. */
@ApplicationScoped
public class RadioStations {

    @EJB
    private RadioStation station;

    /**
     * The Radio Station, or a 404 when this node is not one.
     */
    public RadioStation active() {
        if (!station.active()) {
            throw RsReplies.error(404, ResponseCodes.FAIL, "not a radio station: this node's NODE_ROLE is not radiostation");
        }
        return station;
    }

    /** The named channel, or {@code LOOPCHAIN_DEFAULT_CHANNEL} when none is named; 404 / -20 when unknown. */
    public String channel(String name) {
        RadioStation rs = active();
        String wanted = name == null || name.isEmpty() ? rs.defaultChannel() : name;
        if (!rs.hasChannel(wanted)) {
            throw RsReplies.error(Refusal.UNKNOWN_CHANNEL, "unknown channel: " + RsReplies.clip(wanted));
        }
        return wanted;
    }
}
