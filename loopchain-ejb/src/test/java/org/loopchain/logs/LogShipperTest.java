package org.loopchain.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LogShipperTest {

    private static LogRecord record(Level level, String logger, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName(logger);
        r.setMillis(1_795_000_000_123L);
        return r;
    }

    @Test
    void aRecordBecomesAnEntryWithTheChannelHeightAndRoundItsMessageNames() {
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.INFO, 10);
        shipper.publish(record(Level.INFO, "org.loopchain.channel.ChannelChain",
                "channel loopchain_default: committed height 12 round 1, 40 tx"));
        LogBatch batch = shipper.drain(100);
        assertEquals(List.of(new LogEntry(1_795_000_000_123L, "peer0", "id-0", "loopchain_default", 12L, 1, "INFO",
                "org.loopchain.channel.ChannelChain", "channel loopchain_default: committed height 12 round 1, 40 tx", "")),
                batch.entries());
        assertEquals(0, batch.dropped());
        assertNull(shipper.drain(100), "nothing more to send");
    }

    @Test
    void recordsBelowTheLevelAreNotQueued() {
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.WARNING, 10);
        shipper.publish(record(Level.INFO, "org.loopchain.channel.Channel", "channel c: height 3"));
        shipper.publish(record(Level.FINE, "org.loopchain.channel.Channel", "detail"));
        assertEquals(0, shipper.queued());
        shipper.publish(record(Level.SEVERE, "org.loopchain.channel.Channel", "store failed"));
        assertEquals(1, shipper.queued());
    }

    @Test
    void aFullQueueDropsAndCountsAndTheNextBatchReportsTheCountOnce() {
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.INFO, 3);
        for (int i = 0; i < 10; i++) {
            shipper.publish(record(Level.INFO, "org.loopchain.x", "m" + i));
        }
        LogBatch first = shipper.drain(2);
        assertEquals(List.of("m0", "m1"), first.entries().stream().map(LogEntry::message).toList());
        assertEquals(7, first.dropped());
        LogBatch second = shipper.drain(2);
        assertEquals(List.of("m2"), second.entries().stream().map(LogEntry::message).toList());
        assertEquals(0, second.dropped());
        shipper.lost(5);
        LogBatch onlyDrops = shipper.drain(2);
        assertTrue(onlyDrops.entries().isEmpty());
        assertEquals(5, onlyDrops.dropped(), "a batch the broker refused is reported as dropped");
    }

    @Test
    void theShippingPathAndTheMessagingLoggersAreNeverShipped() {
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.INFO, 10);
        shipper.publish(record(Level.WARNING, "org.loopchain.messaging.TopicSender", "could not publish"));
        shipper.publish(record(Level.WARNING, "org.loopchain.logs.LogShipping", "log shipping failed"));
        shipper.publish(record(Level.WARNING, "org.loopchain.logs", "the package itself"));
        shipper.whileShipping(() -> {
            shipper.publish(record(Level.SEVERE, "org.loopchain.channel.Channel", "logged on the shipping thread"));
            return null;
        });
        assertEquals(0, shipper.queued());
        shipper.publish(record(Level.INFO, "org.loopchain.logsearch.Other", "a sibling package is shipped"));
        assertEquals(1, shipper.queued());
    }

    @Test
    void aHandlerOnTheLoopchainLoggerSeesTheChildLoggersRecords() {
        Logger parent = Logger.getLogger("org.loopchain.test-ship");
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.INFO, 10);
        parent.addHandler(shipper);
        try {
            Logger.getLogger("org.loopchain.test-ship.child").log(Level.WARNING, "peer {0} is slow", "p1");
        } finally {
            parent.removeHandler(shipper);
        }
        LogEntry entry = shipper.drain(10).entries().get(0);
        assertEquals("peer p1 is slow", entry.message(), "parameters are put in");
        assertEquals("WARNING", entry.level());
    }

    @Test
    void theThrownsFirstLineIsKept() {
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.INFO, 10);
        LogRecord r = record(Level.SEVERE, "org.loopchain.channel.Channel", "commit failed");
        r.setThrown(new IllegalStateException("database down\nsecond line"));
        shipper.publish(r);
        assertEquals("java.lang.IllegalStateException: database down", shipper.drain(1).entries().get(0).thrown());
    }

    @Test
    void aCustomLevelIsShippedAsTheStandardLevelBelowIt() {
        LogShipper shipper = new LogShipper("peer0", "id-0", Level.INFO, 10);
        shipper.publish(record(new Level("ALERT", 1100) { }, "org.loopchain.x", "custom"));
        assertEquals("SEVERE", shipper.drain(1).entries().get(0).level());
    }

    @Test
    void theNodeIsNamedByItsDomainDirectoryElseItsPeerId() {
        assertEquals("peer0", LogShipping.nodeName("/work/.work/domains/peer0", "id-0"));
        assertEquals("id-0", LogShipping.nodeName(null, "id-0"));
        assertEquals("id-0", LogShipping.nodeName("/", "id-0"));
    }

    @Test
    void aBrokerThatRefusesIsTriedLessAndLessOften() {
        assertEquals(List.of(1, 3, 7, 15, 31, 31), List.of(LogShipping.backoff(1), LogShipping.backoff(2), LogShipping.backoff(3),
                LogShipping.backoff(4), LogShipping.backoff(5), LogShipping.backoff(50)));
    }
}
