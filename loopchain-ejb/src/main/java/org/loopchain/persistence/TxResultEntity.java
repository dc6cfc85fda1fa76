package org.loopchain.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The SCORE result (JSON) of one committed transaction that called a SCORE; stored with its block. */
@Entity
@Table(name = "LC_TX_RESULT")
@IdClass(TxEntity.Key.class)
public class TxResultEntity {

    @Id
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Id
    @Column(name = "TX_HASH", length = 64)
    private String hash;
    @Lob
    @Column(name = "RESULT", nullable = false)
    private String result;

    protected TxResultEntity() {
    }

    TxResultEntity(String channel, String hash, String result) {
        this.channel = channel;
        this.hash = hash;
        this.result = result;
    }

    String result() {
        return result;
    }
}
