/**
 * The EE side of a peer: the beans that read the configuration, hold the peer's key and identity,
 * run one {@link org.loopchain.channel.Channel} per channel on managed threads, and make submitted
 * transactions durable. Thin adapters: the rules live in the plain-Java core and channel packages.
 */
package org.loopchain.node;
