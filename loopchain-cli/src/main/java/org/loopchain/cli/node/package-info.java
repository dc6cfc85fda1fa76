/** Talking to running nodes over loopback HTTP: heights, status lines, deploys through the DAS. */
package org.loopchain.cli.node;
