/**
 * Faults a node injects into itself for fault tests, off unless the test keys of
 * {@link org.loopchain.core.config.ConfigKeys.Test} turn them on: a byzantine
 * {@link org.loopchain.consensus.Network} ({@link org.loopchain.consensus.faults.ByzantineNetwork})
 * and a skewed clock ({@link org.loopchain.consensus.faults.TestFaults#clock}).
 */
package org.loopchain.consensus.faults;
