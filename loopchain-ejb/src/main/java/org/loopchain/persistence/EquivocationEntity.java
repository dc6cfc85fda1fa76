package org.loopchain.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.loopchain.channel.EquivocationRecord;

/** Evidence of one validator signing two different messages of one kind for one height and round. */
@Entity
@Table(name = "LC_EQUIVOCATION")
@IdClass(EquivocationEntity.Key.class)
@NamedQuery(name = "Equivocation.ofChannel",
        query = "SELECT e FROM EquivocationEntity e WHERE e.channel = :channel ORDER BY e.height DESC, e.round DESC")
public class EquivocationEntity {

    /** Composite key: one record per channel, peer, height, round and message type. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String channel;
        private String peerId;
        private long height;
        private long round;
        private String type;

        public Key() {
        }

        Key(EquivocationRecord r) {
            this.channel = r.channel();
            this.peerId = r.peerId();
            this.height = r.height();
            this.round = r.round();
            this.type = r.type();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.height == height && k.round == round && Objects.equals(k.channel, channel)
                    && Objects.equals(k.peerId, peerId) && Objects.equals(k.type, type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, peerId, height, round, type);
        }
    }

    @Id
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Id
    @Column(name = "PEER_ID", length = 64)
    private String peerId;
    @Id
    @Column(name = "HEIGHT")
    private long height;
    @Id
    @Column(name = "ROUND_NO")
    private long round;
    @Id
    @Column(name = "MESSAGE_TYPE", length = 16)
    private String type;
    @Lob
    @Column(name = "FIRST_MESSAGE", nullable = false)
    private String firstMessage;
    @Lob
    @Column(name = "SECOND_MESSAGE", nullable = false)
    private String secondMessage;

    protected EquivocationEntity() {
    }

    EquivocationEntity(EquivocationRecord r) {
        channel = r.channel();
        peerId = r.peerId();
        height = r.height();
        round = r.round();
        type = r.type();
        firstMessage = r.firstMessage();
        secondMessage = r.secondMessage();
    }

    EquivocationRecord toRecord() {
        return new EquivocationRecord(channel, peerId, height, round, type, firstMessage, secondMessage);
    }
}
