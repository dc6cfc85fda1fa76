package org.loopchain.score.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The install record kept in state at {@link #KEY} ({@code 0x00 ‖ "install"}; the SDK never
 * writes keys starting with byte 0): which archive was installed and the contract's fields after
 * its constructor. Encoding: length-prefixed UTF-8 id, version and sha256, then the field
 * snapshot ({@link FieldSnapshot}).
 */
record InstallRecord(String id, String version, String sha256, byte[] fields) {

    static final byte[] KEY = key();

    boolean installs(ScoreArchive archive) {
        return id.equals(archive.id()) && version.equals(archive.version()) && sha256.equals(archive.sha256());
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeString(out, id);
            writeString(out, version);
            writeString(out, sha256);
            out.writeInt(fields.length);
            out.write(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The record in {@code state}, or {@code null} if none. */
    static InstallRecord read(StateReader state) {
        byte[] stored = state.get(KEY);
        if (stored == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            String id = readString(in);
            String version = readString(in);
            String sha256 = readString(in);
            byte[] fields = new byte[in.readInt()];
            in.readFully(fields);
            return new InstallRecord(id, version, sha256, fields);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt install record", e);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static byte[] key() {
        byte[] name = "install".getBytes(StandardCharsets.US_ASCII);
        byte[] key = new byte[name.length + 1];
        System.arraycopy(name, 0, key, 1, name.length);
        return key;
    }
}
