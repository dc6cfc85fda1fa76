package score;

/** An {@link ObjectWriter} that collects what it writes into a byte array. */
public interface ByteArrayObjectWriter extends ObjectWriter {

    /** Everything written so far. */
    byte[] toByteArray();
}
