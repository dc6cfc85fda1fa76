package org.loopchain.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalLong;
import org.loopchain.channel.StoredTx;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.core.tx.TxMeta;

/**
 * One transaction of one channel: stored when it is acknowledged ({@code BLOCK_HEIGHT} null), then
 * marked with its block's height and position when that block commits. Read through JPA; written
 * by {@link TxRows} in JDBC batches (keep the two in step).
 */
@Entity
@Table(name = "LC_TX", indexes = @Index(name = "LC_TX_BLOCK", columnList = "CHANNEL,BLOCK_HEIGHT,TX_INDEX"))
@IdClass(TxEntity.Key.class)
@NamedQuery(name = "Tx.pending",
        query = "SELECT t FROM TxEntity t WHERE t.channel = :channel AND t.blockHeight IS NULL"
                + " ORDER BY t.timestampMicros, t.hash")
@NamedQuery(name = "Tx.ofBlock",
        query = "SELECT t FROM TxEntity t WHERE t.channel = :channel AND t.blockHeight = :height ORDER BY t.txIndex")
@NamedQuery(name = "Tx.recentlyCommitted",
        query = "SELECT t.hash FROM TxEntity t WHERE t.channel = :channel AND t.blockHeight IS NOT NULL"
                + " ORDER BY t.blockHeight DESC, t.txIndex DESC")
@NamedQuery(name = "Tx.committedCount",
        query = "SELECT COUNT(t) FROM TxEntity t WHERE t.channel = :channel AND t.blockHeight IS NOT NULL")
public class TxEntity {

    /** Composite key: channel and tx hash. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String channel;
        private String hash;

        public Key() {
        }

        public Key(String channel, String hash) {
            this.channel = channel;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.hash, hash) && Objects.equals(k.channel, channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, hash);
        }
    }

    @Id
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Id
    @Column(name = "TX_HASH", length = 64)
    private String hash;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private TxKind kind;
    @Column(name = "PEER_ID", length = 64, nullable = false)
    private String peerId;
    @Column(name = "SCORE_ID", length = 256, nullable = false)
    private String scoreId;
    @Column(name = "SCORE_VERSION", length = 256, nullable = false)
    private String scoreVersion;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "DATA", nullable = false)
    private String data;
    @Column(name = "TIME_STAMP", nullable = false)
    private long timestampMicros;
    @Column(name = "SIGNATURE", length = 200, nullable = false)
    private String signature;
    @Column(name = "PUBLIC_KEY", length = 200, nullable = false)
    private String publicKey;
    @Column(name = "BLOCK_HEIGHT")
    private Long blockHeight;
    @Column(name = "TX_INDEX")
    private Integer txIndex;

    protected TxEntity() {
    }

    Transaction toTransaction() {
        return new Transaction(kind, hash, channel, new TxMeta(peerId, scoreId, scoreVersion, channel), data,
                timestampMicros, signature, publicKey);
    }

    StoredTx toStored() {
        return new StoredTx(toTransaction(), blockHeight == null ? OptionalLong.empty() : OptionalLong.of(blockHeight));
    }

    String hash() {
        return hash;
    }
}
