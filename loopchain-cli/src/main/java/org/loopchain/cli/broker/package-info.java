/** The work dir's Artemis broker instance. */
package org.loopchain.cli.broker;
