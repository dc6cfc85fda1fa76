/**
 * The Radio Station: the registry of each channel's peers (who is admitted, in what order, with
 * what weight and group, who is online), admission with {@code ENABLE_CHANNEL_AUTH}, the heartbeat
 * that polls each peer's status, and peer-list announcements on JMS.
 *
 * <p>{@link org.loopchain.radiostation.PeerRegistry}, {@link org.loopchain.radiostation.JoinRequest}
 * and {@link org.loopchain.radiostation.PeerListJson} are plain Java (tested without a server);
 * {@link org.loopchain.radiostation.RadioStation} is the EE adapter, active only on a node whose
 * {@code NODE_ROLE} is {@code radiostation}; {@link org.loopchain.radiostation.JpaPeerStore} keeps
 * registrations and the trust changes followed ({@link org.loopchain.radiostation.ChainTrustFollower})
 * across restarts. The peer side lives in {@code radiostation.client}.
 */
package org.loopchain.radiostation;
