/**
 * JPA adapter of {@link org.loopchain.channel.ChainStore}: blocks and transactions of every channel
 * in the node's own database (embedded Derby by default). Provider-neutral mappings: EclipseLink on
 * Payara, Hibernate on WildFly. Every row carries its channel.
 */
package org.loopchain.persistence;
