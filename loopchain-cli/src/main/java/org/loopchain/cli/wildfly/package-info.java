/**
 * Nodes on WildFly: a server base directory per node (a copy of the template's configuration,
 * every node-specific setting a system property), deployments through its deployment scanner.
 */
package org.loopchain.cli.wildfly;
