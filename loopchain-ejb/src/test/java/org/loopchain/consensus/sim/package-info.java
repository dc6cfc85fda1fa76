/**
 * A deterministic simulation of LFT: N validators with their own state machines and in-memory
 * chains, one simulated clock and timer queue, and a network that drops, delays, duplicates and
 * reorders messages from a seeded {@link java.util.Random}. No threads, no sleeps: a run is a pure
 * function of its seed.
 */
package org.loopchain.consensus.sim;
