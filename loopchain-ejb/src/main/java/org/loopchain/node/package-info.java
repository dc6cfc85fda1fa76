/**
 * The EE side of a peer and the composition root: the beans that read the configuration, hold the
 * peer's key and identity, run one {@link org.loopchain.channel.Channel} per channel on managed
 * threads, and make submitted transactions durable. The only package that wires the adapters; they
 * see it through the core's ports ({@link org.loopchain.core.config.NodeIdentity},
 * {@link org.loopchain.channel.ChannelInbox}, {@link org.loopchain.channel.PeerChannels}).
 * Thin adapters: the rules live in the plain-Java core and channel packages.
 */
package org.loopchain.node;
