package org.loopchain.score.sdk.db;

/** The four kinds of storage container; each has its own first key byte, so their keys never meet. */
public enum ContainerKind {
    VAR('V'),
    DICT('D'),
    ARRAY('A'),
    BRANCH('B');

    private final byte tag;

    ContainerKind(char tag) {
        this.tag = (byte) tag;
    }

    /** The first byte of every storage key of a container of this kind (never 0x00). */
    byte tag() {
        return tag;
    }
}
