/**
 * MicroProfile Health checks of a node, served by the server's own endpoints ({@code /health/live},
 * {@code /health/ready}, {@code /health/started} on Payara; the management port's {@code /health/*}
 * on WildFly): thin adapters over the node's state, no logic of their own.
 */
package org.loopchain.health;
