package org.loopchain.score.sdk.db;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a container lives in storage: its root kind, its id and the branch keys that led to it.
 *
 * <p>A storage key is {@code rootKind ‖ role ‖ segment(id) ‖ segment(k1) ‖ … ‖ segment(kn)}, where
 * each segment is its length as an unsigned LEB128 varint followed by its bytes. The first byte is
 * a {@link ContainerKind} tag, never 0x00 (reserved by the engine); the role byte tells a VarDB
 * value, a DictDB entry, an ArrayDB length or an ArrayDB element apart. Because every segment is
 * length-prefixed, a key parses back to exactly one (kind, role, id, path), so distinct slots
 * never share a key.
 */
final class StoragePath {

    /** The role byte of a key: which slot of a container it addresses. */
    enum Role {
        VALUE('v'), ENTRY('e'), LENGTH('n'), ELEMENT('i');

        private final byte tag;

        Role(char tag) {
            this.tag = (byte) tag;
        }
    }

    private final ContainerKind rootKind;
    private final byte[] segments;

    private StoragePath(ContainerKind rootKind, byte[] segments) {
        this.rootKind = rootKind;
        this.segments = segments;
    }

    static StoragePath root(ContainerKind kind, String id) {
        if (id == null) {
            throw new NullPointerException("container id");
        }
        return new StoragePath(kind, segment(new byte[0], id.getBytes(StandardCharsets.UTF_8)));
    }

    /** The path one branch key deeper. */
    StoragePath child(byte[] key) {
        return new StoragePath(rootKind, segment(segments, key));
    }

    /** The key of this path's slot in {@code role}. */
    byte[] key(Role role) {
        byte[] key = new byte[2 + segments.length];
        key[0] = rootKind.tag();
        key[1] = role.tag;
        System.arraycopy(segments, 0, key, 2, segments.length);
        return key;
    }

    /** The key of the slot {@code member} (a dictionary key or an array index) in {@code role}. */
    byte[] key(Role role, byte[] member) {
        byte[] prefix = key(role);
        return segment(prefix, member);
    }

    private static byte[] segment(byte[] prefix, byte[] segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(prefix.length + segment.length + 5);
        out.writeBytes(prefix);
        int length = segment.length;
        while (length >= 0x80) {
            out.write((length & 0x7f) | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.writeBytes(segment);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return rootKind + Arrays.toString(segments);
    }
}
