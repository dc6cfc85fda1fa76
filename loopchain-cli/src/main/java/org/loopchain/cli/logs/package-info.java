/** {@code ./loopchain logs}: the Radio Station's collected log records of every node, one line each. */
package org.loopchain.cli.logs;
