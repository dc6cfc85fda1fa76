package org.loopchain.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.loopchain.core.block.Block;

/** One block of one channel. Its transactions point back to it by height ({@link TxEntity}). */
@Entity
@Table(name = "LC_BLOCK", indexes = @Index(name = "LC_BLOCK_HASH", columnList = "CHANNEL,BLOCK_HASH", unique = true))
@IdClass(BlockEntity.Key.class)
@NamedQuery(name = "Block.last",
        query = "SELECT b FROM BlockEntity b WHERE b.channel = :channel ORDER BY b.height DESC")
@NamedQuery(name = "Block.roundsUpTo",
        query = "SELECT COALESCE(SUM(b.round), 0) FROM BlockEntity b WHERE b.channel = :channel AND b.height <= :height")
@NamedQuery(name = "Block.byHash",
        query = "SELECT b FROM BlockEntity b WHERE b.channel = :channel AND b.hash = :hash")
public class BlockEntity {

    /** Composite key: channel and height. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String channel;
        private long height;

        public Key() {
        }

        public Key(String channel, long height) {
            this.channel = channel;
            this.height = height;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.height == height && Objects.equals(k.channel, channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, height);
        }
    }

    @Id
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Id
    @Column(name = "HEIGHT")
    private long height;
    @Column(name = "BLOCK_HASH", length = 64, nullable = false)
    private String hash;
    @Column(name = "PREV_HASH", length = 64, nullable = false)
    private String prevHash;
    @Column(name = "MERKLE_ROOT", length = 64, nullable = false)
    private String merkleRoot;
    @Column(name = "TIME_STAMP", nullable = false)
    private long timestampMicros;
    @Column(name = "PEER_ID", length = 64, nullable = false)
    private String peerId;
    @Column(name = "SIGNATURE", length = 200, nullable = false)
    private String signature;
    @Column(name = "PUBLIC_KEY", length = 200, nullable = false)
    private String publicKey;
    @Column(name = "TX_COUNT", nullable = false)
    private int txCount;
    @Column(name = "ROUND_NO", nullable = false)
    private int round;
    @Column(name = "RESULT_ROOT", length = 64)
    private String resultRoot;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "COMMIT_CERT")
    private String certificate;

    protected BlockEntity() {
    }

    static BlockEntity of(Block b, int round, String certificate) {
        BlockEntity e = new BlockEntity();
        e.round = round;
        e.certificate = certificate;
        e.channel = b.channel();
        e.height = b.height();
        e.hash = b.hash();
        e.prevHash = b.prevHash();
        e.merkleRoot = b.merkleRoot();
        e.timestampMicros = b.timestampMicros();
        e.peerId = b.peerId();
        e.signature = b.signature();
        e.publicKey = b.publicKey();
        e.txCount = b.txHashes().size();
        e.resultRoot = b.resultRoot();
        return e;
    }

    Block toBlock(List<String> txHashes) {
        return new Block(channel, height, hash, prevHash, merkleRoot, timestampMicros, peerId, signature,
                publicKey, txHashes, resultRoot);
    }

    long height() {
        return height;
    }

    String channel() {
        return channel;
    }

    int txCount() {
        return txCount;
    }

    String certificate() {
        return certificate == null ? "" : certificate;
    }
}
