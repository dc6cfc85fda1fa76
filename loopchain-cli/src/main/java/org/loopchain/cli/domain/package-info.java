/**
 * The Payara Server domain of a node. {@link org.loopchain.cli.domain.DomainSettings} is the one list of
 * the settings every node domain gets; {@link org.loopchain.cli.domain.DomainEditor} writes them (and the
 * node's ports, JVM options and broker connection) into a stopped domain's domain.xml, and
 * {@link org.loopchain.cli.domain.AsadminScript} turns the same list into
 * server-config/src/main/payara/node-domain.asadmin for a domain someone runs by hand.
 */
package org.loopchain.cli.domain;
