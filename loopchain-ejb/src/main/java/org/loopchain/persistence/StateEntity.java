package org.loopchain.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One SCORE state entry of one channel, written with the block whose execution set it. The key is
 * stored as the SHA-256 of its bytes (a fixed-size primary key); the node only ever looks keys up.
 */
@Entity
@Table(name = "LC_STATE")
@IdClass(StateEntity.Key.class)
public class StateEntity {

    /** Composite key: channel and key digest. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String channel;
        private String keyDigest;

        public Key() {
        }

        public Key(String channel, String keyDigest) {
            this.channel = channel;
            this.keyDigest = keyDigest;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.channel, channel) && Objects.equals(k.keyDigest, keyDigest);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, keyDigest);
        }
    }

    @Id
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Id
    @Column(name = "KEY_DIGEST", length = 64)
    private String keyDigest;
    @Lob
    @Column(name = "STATE_VALUE", nullable = false)
    private byte[] value;

    protected StateEntity() {
    }

    StateEntity(String channel, String keyDigest, byte[] value) {
        this.channel = channel;
        this.keyDigest = keyDigest;
        this.value = value;
    }

    byte[] value() {
        return value;
    }

    void value(byte[] newValue) {
        this.value = newValue;
    }
}
