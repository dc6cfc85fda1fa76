/**
 * {@code ./loopchain chaos}: randomized fault episodes on the real network of a work dir. A seeded
 * {@link org.loopchain.cli.chaos.FaultSchedule} says which faults each episode injects (kill -9, pauses
 * past the complaint timeout, broker restarts, the Radio Station down), {@link org.loopchain.cli.chaos.LoadClients}
 * submit transactions meanwhile, and after each episode {@link org.loopchain.cli.chaos.ChainChecker} verifies
 * from the public REST API alone that no peer forked and every acknowledged transaction is in exactly one block.
 */
package org.loopchain.cli.chaos;
