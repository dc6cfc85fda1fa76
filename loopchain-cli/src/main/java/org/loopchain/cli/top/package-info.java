/**
 * {@code ./loopchain top}: every node's {@code /api/v1/metrics} (Prometheus text) and status, polled
 * over loopback, as one screen with a row per node and channel.
 */
package org.loopchain.cli.top;
