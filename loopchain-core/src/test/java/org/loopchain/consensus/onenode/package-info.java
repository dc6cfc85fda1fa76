/**
 * One validator's state machine driven message by message, as hyperledger/besu's QBFT tests drive a
 * single node: the test plays the other validators (signing with their keys), fires the timers by
 * hand, and asserts exactly which messages the node sent after each step. No network, no threads,
 * no sleeps. One test class per group of rules of {@link org.loopchain.consensus.LftStateMachine}.
 */
package org.loopchain.consensus.onenode;
