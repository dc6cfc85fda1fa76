package org.loopchain.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The {@code channel} query parameter read the way JAX-RS reads it, without touching a form body. */
class TransactionSubmitFilterTest {

    @Test
    void theFirstValueIsDecoded() {
        assertEquals("my channel", TransactionSubmitFilter.queryParameter("a=1&channel=my%20channel&channel=x", "channel"));
        assertEquals("ch+1", TransactionSubmitFilter.queryParameter("channel=ch%2B1", "channel"));
    }

    @Test
    void anEmptyOrValuelessParameterIsEmptyAndAnAbsentOneIsNull() {
        assertEquals("", TransactionSubmitFilter.queryParameter("channel=", "channel"));
        assertEquals("", TransactionSubmitFilter.queryParameter("channel", "channel"));
        assertNull(TransactionSubmitFilter.queryParameter("channels=a&xchannel=b", "channel"));
        assertNull(TransactionSubmitFilter.queryParameter(null, "channel"));
    }

    @Test
    void aMalformedEscapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TransactionSubmitFilter.queryParameter("channel=%zz", "channel"));
    }
}
