package org.loopchain.cli.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.loopchain.cli.CliException;

class BrokerXmlTest {
    static final String CREATED = "<acceptors>\n  <!-- comment -->\n  <acceptor name=\"artemis\">tcp://127.0.0.1:61616?"
            + "tcpSendBufferSize=1048576;protocols=CORE;useEpoll=true</acceptor>\n</acceptors>";

    @Test
    void theAcceptorMovesToThePortAndStripsTheJmsPrefixes() {
        String once = BrokerXml.edit(CREATED, 61700, "broker.xml");
        assertEquals("<acceptors>\n  <!-- comment -->\n  <acceptor name=\"artemis\">tcp://127.0.0.1:61700?"
                + "tcpSendBufferSize=1048576;protocols=CORE;useEpoll=true;anycastPrefix=jms.queue.;"
                + "multicastPrefix=jms.topic.</acceptor>\n</acceptors>", once);
        assertEquals(once, BrokerXml.edit(once, 61700, "broker.xml"), "idempotent");
        assertEquals(61700, BrokerXml.port(once));
    }

    @Test
    void aBrokerXmlWithoutTheAcceptorIsRefused() {
        assertThrows(CliException.class, () -> BrokerXml.edit("<acceptors/>", 1, "broker.xml"));
    }
}
