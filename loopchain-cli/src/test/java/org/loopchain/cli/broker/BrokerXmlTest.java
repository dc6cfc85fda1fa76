package org.loopchain.cli.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loopchain.cli.CliException;

class BrokerXmlTest {
    static final String CREATED = "<acceptors>\n  <!-- comment -->\n  <acceptor name=\"artemis\">tcp://127.0.0.1:61616?"
            + "tcpSendBufferSize=1048576;protocols=CORE;useEpoll=true</acceptor>\n</acceptors>";

    @Test
    void theAcceptorMovesToThePortAndStripsTheJmsPrefixes() {
        String once = BrokerXml.edit(CREATED, "127.0.0.1", 61700, "broker.xml");
        assertEquals("<acceptors>\n  <!-- comment -->\n  <acceptor name=\"artemis\">tcp://127.0.0.1:61700?"
                + "tcpSendBufferSize=1048576;protocols=CORE;useEpoll=true;anycastPrefix=jms.queue.;"
                + "multicastPrefix=jms.topic.</acceptor>\n</acceptors>", once);
        assertEquals(once, BrokerXml.edit(once, "127.0.0.1", 61700, "broker.xml"), "idempotent");
        assertEquals(61700, BrokerXml.port(once));
        assertEquals("127.0.0.1", BrokerXml.host(once));
    }

    @Test
    void theAcceptorBindsToTheBrokerHostAndMovesBack() {
        String there = BrokerXml.edit(CREATED, "127.0.0.2", 61700, "broker.xml");
        assertTrue(there.contains("<acceptor name=\"artemis\">tcp://127.0.0.2:61700?tcpSendBufferSize=1048576;"), there);
        assertEquals("127.0.0.2", BrokerXml.host(there));
        assertEquals(61700, BrokerXml.port(there));
        assertEquals(BrokerXml.edit(CREATED, "127.0.0.1", 61700, "broker.xml"), BrokerXml.edit(there, "127.0.0.1", 61700, "broker.xml"));
    }

    @Test
    void aBrokerXmlWithoutTheAcceptorIsRefused() {
        assertThrows(CliException.class, () -> BrokerXml.edit("<acceptors/>", "127.0.0.1", 1, "broker.xml"));
    }
}
