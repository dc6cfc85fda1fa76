package org.loopchain.radiostation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One peer registered in one channel of the Radio Station. */
@Entity
@Table(name = "LC_RS_PEER")
@IdClass(PeerEntity.Key.class)
@NamedQuery(name = "RsPeer.all", query = "SELECT p FROM PeerEntity p ORDER BY p.channel, p.joinSeq")
public class PeerEntity {

    /** Composite key: channel and peer id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String channel;
        private String peerId;

        public Key() {
        }

        public Key(String channel, String peerId) {
            this.channel = channel;
            this.peerId = peerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.channel, channel) && Objects.equals(k.peerId, peerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, peerId);
        }
    }

    @Id
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Id
    @Column(name = "PEER_ID", length = 64)
    private String peerId;
    @Column(name = "PEER_TARGET", length = 300, nullable = false)
    private String peerTarget;
    @Column(name = "PUBLIC_KEY", length = 400, nullable = false)
    private String publicKey;
    @Column(name = "REST_URL", length = 300, nullable = false)
    private String restUrl;
    @Column(name = "WEIGHT", nullable = false)
    private long weight;
    @Column(name = "GROUP_NAME", length = 128)
    private String group;
    @Column(name = "JOIN_SEQ", nullable = false)
    private long joinSeq;
    @Column(name = "STATUS", nullable = false)
    private int status;
    @Column(name = "STATUS_TIME", nullable = false)
    private long statusUpdateMicros;
    /** The certificate chain the peer joined with (PEM); null for none. */
    @Column(name = "CERTIFICATE", length = JoinRequest.MAX_CERTIFICATE_CHARS)
    private String certificate;

    protected PeerEntity() {
    }

    static PeerEntity of(PeerRecord r) {
        PeerEntity e = new PeerEntity();
        e.channel = r.channel();
        e.peerId = r.peer().peerId();
        e.update(r);
        return e;
    }

    void update(PeerRecord r) {
        RegisteredPeer p = r.peer();
        peerTarget = p.peerTarget();
        publicKey = p.publicKey();
        restUrl = p.restUrl();
        weight = p.weight();
        group = p.group();
        joinSeq = r.joinSeq();
        status = p.status();
        statusUpdateMicros = p.statusUpdateMicros();
        certificate = r.certificate().isEmpty() ? null : r.certificate();
    }

    PeerRecord toRecord() {
        return new PeerRecord(channel, new RegisteredPeer(0, peerId, peerTarget, publicKey, restUrl, weight, group, status,
                statusUpdateMicros), joinSeq, certificate == null ? "" : certificate);
    }
}
