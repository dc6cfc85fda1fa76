/**
 * LFT, loopchain's fork-less BFT consensus, as a plain-Java state machine per channel.
 *
 * <p>{@link org.loopchain.consensus.LftStateMachine} holds the protocol (its class comment states
 * the phases, the locking rule and the safety invariant). It is single-threaded and fed by one
 * event queue: peer messages ({@code onMessage}), timer firings ({@code onTimeout}) and the host's
 * "transactions are waiting" signal ({@code onWorkAvailable}). It reaches the world only through
 * four narrow ports that the EE layer implements: {@link org.loopchain.consensus.Chain} (the
 * stored chain and the tx pool), {@link org.loopchain.consensus.Network} (peer messaging),
 * {@link org.loopchain.consensus.ConsensusScheduler} (timers) and a {@link java.time.Clock}.
 *
 * <p>Messages are {@link org.loopchain.consensus.SignedMessage}s over a sealed
 * {@link org.loopchain.consensus.Payload}; every incoming one passes small validators
 * ({@link org.loopchain.consensus.MessageFilter}, {@link org.loopchain.consensus.ProposalValidator})
 * that log why they drop a message and count it in a {@link org.loopchain.consensus.DropCounter}.
 * {@link org.loopchain.consensus.ConsensusCodec} is the JSON wire form. No {@code jakarta.*}, no
 * wall clock, no threads: the build's checkstyle enforces the first two.
 */
package org.loopchain.consensus;
