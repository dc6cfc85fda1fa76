/**
 * A channel's life on one peer, in plain Java: the pool of acknowledged transactions, the block
 * producer and the chain head, all owned by one ordered event queue per channel (a single-thread
 * executor). The EE layer only supplies the executor, the clock and a {@link org.loopchain.channel.ChainStore};
 * nothing here imports {@code jakarta.*}.
 */
package org.loopchain.channel;
