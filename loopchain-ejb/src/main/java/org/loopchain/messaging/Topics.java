package org.loopchain.messaging;

/**
 * The broker addresses: one topic per channel and kind of traffic. MDBs subscribe to the wildcard
 * {@link #ALL}, select their kind with a message selector on {@link #KIND}, and read the channel
 * from the {@link #CHANNEL} property.
 */
public final class Topics {

    /** JMS string property naming the channel of every message. */
    public static final String CHANNEL = "channel";
    /** JMS string property naming the kind of traffic ({@link #CONSENSUS}, {@link #TX}, {@link #PEERS}, {@link #LOG}, ...). */
    public static final String KIND = "kind";
    /** The address pattern every MDB subscribes to (Artemis wildcard); MDBs select by {@link #KIND}. */
    public static final String ALL = "loopchain.#";
    /** JMS string property naming the message type (for example "proposal", "vote", "join"). */
    public static final String TYPE = "type";
    /** JMS string property naming the sending peer (informational; the signature is what counts). */
    public static final String SENDER = "sender";

    /**
     * Appended to the selectors of the channel-traffic MDBs: the launcher starts a Radio Station
     * with {@code -Dloopchain.role=rs}, the server resolves the variable when it activates the MDB,
     * and the broker then never delivers channel traffic to the Radio Station (which has no channels).
     * Where the variable is not resolved the condition compares two different literals and holds.
     */
    public static final String NOT_ON_RADIO_STATION = " AND '${loopchain.role}' <> 'rs'";

    /**
     * The selector condition of the Radio Station's own MDBs (the log collector): true only where the
     * server resolved {@code ${loopchain.role}} to {@code rs}, the launcher's Radio Station. Where the
     * variable is not resolved (a peer, or a Radio Station started otherwise) it compares two
     * different literals and is false: such a node collects nothing.
     */
    public static final String ON_RADIO_STATION = " AND '${loopchain.role}' = 'rs'";

    /** The system property that turns {@link #ON_NODE_CHANNELS} on: {@code on}. */
    public static final String CHANNEL_FILTER = "loopchain.channel-filter";
    /** The system properties naming the node's channels for {@link #ON_NODE_CHANNELS}: this, then 0 .. {@link #CHANNEL_SLOTS} - 1. */
    public static final String CHANNEL_SLOT = "loopchain.channel.";
    /** How many channels {@link #ON_NODE_CHANNELS} names at most (a node of more channels takes every channel's traffic). */
    public static final int CHANNEL_SLOTS = 8;
    private static final String SLOT = "'${" + CHANNEL_SLOT;

    /**
     * Appended to the selectors of the channel-traffic MDBs: the launcher starts a peer with
     * {@code -Dloopchain.channel-filter=on} and the channels it serves in {@code -Dloopchain.channel.0}
     * .. {@code .7}; the server resolves the variables when it activates the MDB, and the broker then
     * routes into the peer's subscriptions only those channels' messages (Artemis applies a
     * subscription's selector as the filter of its queue): a node outside a channel receives nothing
     * of it. The launcher sets every slot (WildFly refuses a deployment naming an unset property), a
     * slot it does not need to a value no channel name matches; on Payara an unset one stays literal
     * text, which no channel name matches either. Where the filter is not on (the launcher's Radio
     * Station, a Payara node started otherwise) the second condition holds and every channel's traffic
     * arrives; the node then drops what it does not serve ({@code ForeignTraffic} counts it).
     */
    public static final String ON_NODE_CHANNELS = " AND (channel IN ("
            + SLOT + "0}', " + SLOT + "1}', " + SLOT + "2}', " + SLOT + "3}', "
            + SLOT + "4}', " + SLOT + "5}', " + SLOT + "6}', " + SLOT + "7}')"
            + " OR '${" + CHANNEL_FILTER + "}' <> 'on')";

    /** Consensus traffic: proposals, votes, complaints, sync requests and replies. */
    public static final String CONSENSUS = "consensus";
    /** Transactions relayed between peers. */
    public static final String TX = "tx";
    /** SCORE archives asked of and sent by peers that hold them ({@code archive_request}, {@code archive}). */
    public static final String SCORE = "score";
    /** Peer-list announcements of the Radio Station (joins and leaves). */
    public static final String PEERS = "peers";
    /** Nodes' log records for the Radio Station's collector, on {@link #LOG_ADDRESS}. */
    public static final String LOG = "log";
    /**
     * The one address of every node's log records: a batch holds records of every channel, so it is
     * no channel's (its {@link #CHANNEL} property is empty). {@link #ALL} matches it.
     */
    public static final String LOG_ADDRESS = "loopchain." + LOG;

    private Topics() {
    }

    /** The topic of one kind of traffic on one channel, e.g. {@code loopchain.loopchain_default.consensus}. */
    public static String of(String channel, String kind) {
        return "loopchain." + channel + "." + kind;
    }
}
