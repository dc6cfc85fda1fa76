/**
 * The peer side of the Radio Station: {@link org.loopchain.radiostation.client.RadioStationClient}
 * joins each channel this peer serves (signed, retried in the background until admitted), keeps
 * the channel's peer list fresh (polled every {@code HEARTBEAT_INTERVAL} and on every
 * {@code peer_list} announcement, which {@link org.loopchain.radiostation.client.PeerListListener}
 * receives from the broker) and tells its listeners when a list changes.
 */
package org.loopchain.radiostation.client;
