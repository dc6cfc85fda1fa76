/**
 * Peer-to-peer transport over Artemis: JMS topics per channel ({@code loopchain.<channel>.<kind>}),
 * reached through the {@code artemis-rar} resource adapter. Producers publish text messages; MDBs
 * only decode and hand messages to the channel's event queue. The broker is transport, not trust:
 * every consensus message is signed and checked by the receiver.
 */
package org.loopchain.messaging;
