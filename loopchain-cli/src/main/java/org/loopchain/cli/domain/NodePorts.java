package org.loopchain.cli.domain;

import org.loopchain.cli.CliException;

/**
 * The ports of a node from its PORT_PEER (a peer) or PORT_RADIOSTATION (the Radio Station): REST
 * (http-listener-1) at +1900; the others from a base, PORT_PEER+23000 for a peer and
 * PORT_RADIOSTATION+22898 for the RS (= LOOPCHAIN_PORT_PEER+22900, the hundred ports below peer0's
 * base; +23000 would put its IIOP on peer0's).
 */
public record NodePorts(int rest, int base) {
    public static final int REST_OFFSET = 1900;
    public static final int PEER_BASE_OFFSET = 23000;
    public static final int RS_BASE_OFFSET = 22898;

    public static final int ADMIN = 48;
    public static final int HTTPS = 81;
    public static final int IIOP = 37;
    public static final int IIOP_SSL = 38;
    public static final int IIOP_MUTUALAUTH = 39;
    public static final int JMX = 86;
    public static final int OPENMQ = 76;
    public static final int HAZELCAST_DAS = 49;
    public static final int HAZELCAST_START = 59;
    public static final int OSGI_SHELL = 66;
    public static final int DEBUGGER = 9;
    /** The highest offset from the base. */
    public static final int TOP = JMX;

    /** The key of a node's port in its config file. */
    public static String key(String role) {
        return "rs".equals(role) ? "PORT_RADIOSTATION" : "PORT_PEER";
    }

    /** The ports of a ROLE node on PORT, or a refusal naming the bounds. */
    public static NodePorts of(String role, long port) {
        long base = port + ("rs".equals(role) ? RS_BASE_OFFSET : PEER_BASE_OFFSET);
        if (port < 1024 || base + TOP > 65535) {
            long max = 65535 - TOP - ("rs".equals(role) ? RS_BASE_OFFSET : PEER_BASE_OFFSET);
            throw new CliException(key(role) + " must be a port between 1024 and " + max + " (REST is " + key(role)
                    + "+1900, other ports " + key(role) + "+" + (base - port) + "..+" + (base - port + TOP) + "), got '"
                    + port + "'");
        }
        return new NodePorts((int) port + REST_OFFSET, (int) base);
    }

    public int at(int offset) {
        return base + offset;
    }
}
