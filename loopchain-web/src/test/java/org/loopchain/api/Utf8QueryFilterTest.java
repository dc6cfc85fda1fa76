package org.loopchain.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A query string with raw UTF-8 bytes in it is read as UTF-8, as its percent-encoded twin is. */
class Utf8QueryFilterTest {

    @Test
    void rawUtf8BytesSeenAsLatin1AreDecodedAsUtf8ByTheTransactionFilter() {
        String asTheServerHandsItOver = new String("channel=été".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String escaped = Utf8QueryFilter.escapeNonAscii(asTheServerHandsItOver);
        assertEquals("channel=%C3%A9t%C3%A9", escaped);
        assertEquals("été", TransactionSubmitFilter.queryParameter(escaped, "channel"));
    }

    @Test
    void asciiQueriesAndNoQueryAreLeftAlone() {
        assertEquals("hash=%C3%A9&height=1", Utf8QueryFilter.escapeNonAscii("hash=%C3%A9&height=1"));
        assertNull(Utf8QueryFilter.escapeNonAscii(null));
    }

    @Test
    void aCharacterBeyondLatin1IsEncodedAsItsUtf8Bytes() {
        assertEquals("q=%E2%82%AC", Utf8QueryFilter.escapeNonAscii("q=€"));
    }
}
