package org.loopchain.radiostation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import org.loopchain.core.crypto.Hashes;

/** A trust change of a channel's chain that the Radio Station follows ({@link PeerStore.TrustChange}). */
@Entity
@Table(name = "LC_RS_TRUST_CHANGE")
@NamedQuery(name = "RsTrustChange.all", query = "SELECT t FROM TrustChangeEntity t ORDER BY t.channel, t.seq")
public class TrustChangeEntity {

    /** The longest stored change: a certificate of at most 8 KB of PEM and the admins' signatures. */
    static final int MAX_CONFIG_CHARS = 30_000;

    /** SHA-256 of channel and config: the same change is stored once. */
    @Id
    @Column(name = "ID", length = 64)
    private String id;
    @Column(name = "CHANNEL", length = 64, nullable = false)
    private String channel;
    /** When it was stored (epoch ms), which keeps the chain's order. */
    @Column(name = "SEQ", nullable = false)
    private long seq;
    @Column(name = "CONFIG", length = MAX_CONFIG_CHARS, nullable = false)
    private String config;

    protected TrustChangeEntity() {
    }

    static String idOf(PeerStore.TrustChange change) {
        return Hashes.sha256Hex(change.channel().getBytes(StandardCharsets.UTF_8), new byte[] {0},
                change.config().getBytes(StandardCharsets.UTF_8));
    }

    static TrustChangeEntity of(PeerStore.TrustChange change, long seq) {
        if (change.config().length() > MAX_CONFIG_CHARS) {
            throw new IllegalArgumentException("a trust change of " + change.config().length() + " characters: at most "
                    + MAX_CONFIG_CHARS);
        }
        TrustChangeEntity e = new TrustChangeEntity();
        e.id = idOf(change);
        e.channel = change.channel();
        e.seq = seq;
        e.config = change.config();
        return e;
    }

    PeerStore.TrustChange toChange() {
        return new PeerStore.TrustChange(channel, config);
    }
}
