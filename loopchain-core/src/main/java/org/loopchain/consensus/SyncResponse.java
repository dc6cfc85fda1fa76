package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Committed blocks in height order; each proves itself with its commit certificate. */
public record SyncResponse(String channel, List<CommittedBlock> blocks) implements Payload {

    public SyncResponse {
        Objects.requireNonNull(channel, "channel");
        blocks = List.copyOf(blocks);
    }

    @Override
    public MessageType type() {
        return MessageType.SYNC_RESPONSE;
    }

    @Override
    public long height() {
        return blocks.isEmpty() ? 0 : blocks.get(0).height();
    }

    @Override
    public long round() {
        return 0;
    }

    @Override
    public byte[] digest() {
        List<Object> hashes = new ArrayList<>();
        blocks.forEach(b -> hashes.add(b.block().hash()));
        return Digests.of(channel, type().name(), height(), hashes);
    }
}
