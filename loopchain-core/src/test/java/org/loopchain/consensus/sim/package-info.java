/**
 * A deterministic simulation of LFT: N validators with their own state machines and in-memory
 * chains, one simulated clock and timer queue, and a network that drops, delays, duplicates and
 * reorders messages and can cut the validators into two sides until it heals, all from a seeded
 * {@link java.util.Random}. A validator may crash, or lie ({@link ByzantineBehaviour}); the
 * simulation fails at once, naming the seed, if two correct validators commit different blocks. No
 * threads, no sleeps: a run is a pure function of its seed.
 */
package org.loopchain.consensus.sim;
