package org.loopchain.radiostation;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ChannelManageData.PeerEntry;
import org.loopchain.pki.MembershipCheck;
import org.loopchain.pki.Pem;
import org.loopchain.pki.Role;
import org.loopchain.pki.Verdict;

/**
 * The Radio Station's registry: per channel of {@code channel_manage_data}, the admitted peers in
 * order, their status, and the last status each answered to the heartbeat. Thread-safe (one lock).
 *
 * <p>Admission rules, checked in this order, each refusal leaving the registry unchanged:
 * <ol>
 * <li>the request is well-formed and names a known channel;</li>
 * <li>its signature verifies with the public key it presents;</li>
 * <li>its {@code time_stamp} is within {@link #JOIN_WINDOW_MICROS} of this clock and newer than the
 * last join accepted from that peer id (a recorded request played again is refused; after a restart
 * of the Radio Station only the window applies);</li>
 * <li>with {@code ENABLE_CHANNEL_AUTH}, its {@code peer_target} is listed for the channel;</li>
 * <li>with {@code ENABLE_CHANNEL_AUTH} and a channel that names {@code trusted_cas}, it presents a
 * certificate chain that the channel's {@link MembershipCheck} accepts with the role its listing asks
 * (a validator's: {@code validator}; an audit peer's: {@code audit} or {@code validator}, the wider
 * certificate) (issued through a trusted CA, in its validity, not revoked), for the very key it
 * presents and signed with;</li>
 * <li>its {@code peer_id} is not registered in the channel with another key;</li>
 * <li>its {@code peer_target} is not held by another registered peer (another id or key).</li>
 * </ol>
 * A peer that joins again with the same id and key (a restart) keeps its place and is online
 * again. Order: listed peers as in {@code channel_manage_data}, then unlisted ones (possible only
 * without channel auth) in join order. Weight and group come from the peer's listing (1 and none
 * when unlisted; an audit peer's weight is 0: it never votes, so an outsider checking a commit
 * certificate against the list counts it out).
 *
 * <p>Heartbeat: {@link #beat} records a status answer (online again if it was offline);
 * {@link #missed} counts silent rounds, and {@value #MISSED_BEATS_OFFLINE} in a row mark the peer
 * offline. Both report whether the status changed, which is when the list is announced.
 */
public final class PeerRegistry {

    /** How far a join's time stamp may be from the Radio Station's clock: 5 minutes. */
    public static final long JOIN_WINDOW_MICROS = 5 * 60 * 1_000_000L;

    /** Consecutive heartbeats without an answer after which a peer is offline. */
    public static final int MISSED_BEATS_OFFLINE = 3;

    private static final Logger LOG = Logger.getLogger(PeerRegistry.class.getName());

    /** What a successful join did. */
    public record Admission(PeerRecord record, RegisteredPeer peer, boolean changed) {
    }

    private static final class Slot {
        private RegisteredPeer peer;
        private String certificate = "";
        private long joinSeq;
        private long lastJoinMicros = -1;
        private int missed;
        private Map<String, Object> lastStatus;
    }

    private final Map<String, ChannelDefinition> channels;
    private final boolean channelAuth;
    private final ChannelTrusts trusts;
    private final Clock clock;
    private final Map<String, Map<String, Slot>> slots = new LinkedHashMap<>();
    private long nextJoinSeq = 1;

    public PeerRegistry(Map<String, ChannelDefinition> channels, boolean channelAuth, Clock clock) {
        this(channels, channelAuth, Map.of(), clock);
    }

    /** @param trust the membership check of each channel that names trusted CAs ({@code ChannelTrust.load}) */
    public PeerRegistry(Map<String, ChannelDefinition> channels, boolean channelAuth, Map<String, MembershipCheck> trust,
            Clock clock) {
        this.channels = Map.copyOf(channels);
        this.channelAuth = channelAuth;
        this.trusts = new ChannelTrusts(trust);
        this.clock = Objects.requireNonNull(clock, "clock");
        channels.keySet().forEach(name -> slots.put(name, new LinkedHashMap<>()));
    }

    /**
     * Admits from now on by the channel's trust as its chain has changed it: the CAs its admins trusted
     * and the certificates they revoked ({@code ca_trust}, {@code certificate_revoke} in effect), on top
     * of the trust of channel_manage_data.json. Registered peers stay (their keys are the channel's
     * genesis set, which every restarting peer must find again); a revoked certificate's next join is
     * refused. A channel that names no trusted CAs admits by listing alone, chain or not. What was seen
     * once stays ({@link ChannelTrusts}).
     *
     * @return whether the channel's trust changed
     */
    public synchronized boolean followChain(String channel, List<X509Certificate> cas, List<X509Certificate> revoked) {
        return trusts.follow(channel, cas, revoked);
    }

    /** Whether the channel admits by certificate (its entry names trusted CAs). */
    public boolean namesTrustedCas(String channel) {
        return trusts.namesTrustedCas(channel);
    }

    public boolean hasChannel(String channel) {
        return channels.containsKey(channel);
    }

    public Set<String> channels() {
        return slots.keySet();
    }

    /**
     * Admits the peer of a join request (see the class comment for the rules).
     *
     * @throws RegistryException saying why it was refused; nothing changed then
     */
    public synchronized Admission join(JoinRequest request) {
        request.checkFormat();
        ChannelDefinition channel = channel(request.channel());
        if (!request.signatureValid()) {
            throw new RegistryException(Refusal.BAD_SIGNATURE,
                    "the signature does not verify with public_key over the join payload");
        }
        long now = micros();
        if (Math.abs(now - request.timestampMicros()) > JOIN_WINDOW_MICROS) {
            throw new RegistryException(Refusal.STALE_JOIN, "time_stamp " + request.timestampMicros()
                    + " is more than 5 minutes from the radio station's clock (" + now + ")");
        }
        PeerEntry listed = channel.peer(request.peerTarget());
        if (channelAuth && listed == null) {
            throw new RegistryException(Refusal.NOT_LISTED, "peer_target " + request.peerTarget()
                    + " is not listed for channel " + channel.name() + " (ENABLE_CHANNEL_AUTH)");
        }
        MembershipCheck trust = trusts.check(channel.name());
        if (channelAuth && trust != null) {
            Verdict verdict = certificateVerdict(request.channel(), request.certificate(), request.publicKey(), trust, roles(listed));
            LOG.info(() -> "channel " + channel.name() + ": certificate " + verdict.certificate().getSubjectX500Principal().getName()
                    + " (serial " + verdict.certificate().getSerialNumber().toString(16) + ") admits " + request.peerId());
        }
        Map<String, Slot> peers = slots.get(channel.name());
        Slot existing = peers.get(request.peerId());
        if (existing != null && !existing.peer.publicKey().equals(request.publicKey())) {
            throw new RegistryException(Refusal.PEER_ID_TAKEN, "peer_id " + request.peerId()
                    + " is registered in channel " + channel.name() + " with another key");
        }
        if (existing != null && request.timestampMicros() <= existing.lastJoinMicros) {
            throw new RegistryException(Refusal.STALE_JOIN, "time_stamp " + request.timestampMicros()
                    + " is not newer than the last join accepted from " + request.peerId() + " (a replay?)");
        }
        for (Slot other : peers.values()) {
            if (other != existing && other.peer.peerTarget().equals(request.peerTarget())) {
                throw new RegistryException(Refusal.TARGET_TAKEN, "peer_target " + request.peerTarget()
                        + " is held by another peer in channel " + channel.name());
            }
        }
        RegisteredPeer peer = new RegisteredPeer(0, request.peerId(), request.peerTarget(), request.publicKey(),
                request.restUrl(), listedWeight(listed), listed == null ? null : listed.group(),
                RegisteredPeer.ONLINE, now);
        boolean changed;
        Slot slot = existing;
        if (slot == null) {
            slot = new Slot();
            slot.joinSeq = nextJoinSeq++;
            peers.put(request.peerId(), slot);
            changed = true;
        } else {
            RegisteredPeer old = slot.peer;
            changed = !old.online() || !old.peerTarget().equals(peer.peerTarget()) || !old.restUrl().equals(peer.restUrl());
            if (!changed) {
                peer = peer.withStatus(RegisteredPeer.ONLINE, old.statusUpdateMicros());
            }
        }
        slot.peer = peer;
        slot.certificate = request.certificate();
        slot.missed = 0;
        slot.lastJoinMicros = request.timestampMicros();
        return new Admission(new PeerRecord(channel.name(), peer, slot.joinSeq, slot.certificate),
                ordered(channel.name(), peer.peerId()), changed);
    }

    /**
     * Puts back a stored registration (at start). Weight and group are taken from the current
     * listing; with channel auth a peer no longer listed, or (in a channel that names trusted CAs)
     * whose certificate the channel's trust no longer accepts (revoked, expired, its CA no longer
     * trusted), and any peer of an unknown channel, is dropped.
     *
     * @return whether it was restored
     */
    public synchronized boolean restore(PeerRecord record) {
        ChannelDefinition channel = channels.get(record.channel());
        if (channel == null) {
            LOG.info(() -> "dropped stored peer " + record.peer().peerId() + ": channel " + record.channel()
                    + " is no longer in channel_manage_data");
            return false;
        }
        RegisteredPeer p = record.peer();
        PeerEntry listed = channel.peer(p.peerTarget());
        if (channelAuth && listed == null) {
            LOG.info(() -> "dropped stored peer " + p.peerId() + ": " + p.peerTarget() + " is no longer listed for " + channel.name());
            return false;
        }
        MembershipCheck trust = trusts.check(channel.name());
        if (channelAuth && trust != null) {
            try {
                certificateVerdict(channel.name(), record.certificate(), p.publicKey(), trust, roles(listed));
            } catch (RegistryException e) {
                LOG.warning(() -> "dropped stored peer " + p.peerId() + " of channel " + channel.name() + ": " + e.getMessage());
                return false;
            }
        }
        Slot slot = new Slot();
        slot.certificate = record.certificate();
        slot.joinSeq = record.joinSeq();
        slot.peer = new RegisteredPeer(0, p.peerId(), p.peerTarget(), p.publicKey(), p.restUrl(),
                listedWeight(listed), listed == null ? null : listed.group(), p.status(), p.statusUpdateMicros());
        slots.get(channel.name()).put(p.peerId(), slot);
        nextJoinSeq = Math.max(nextJoinSeq, record.joinSeq() + 1);
        return true;
    }

    /** The channel's admitted peers in order, {@code order} numbered from 1. */
    public synchronized List<RegisteredPeer> peers(String channel) {
        ChannelDefinition definition = channel(channel);
        List<Slot> sorted = new ArrayList<>(slots.get(channel).values());
        sorted.sort(order(definition));
        List<RegisteredPeer> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(sorted.get(i).peer.withOrder(i + 1));
        }
        return out;
    }

    public synchronized Optional<RegisteredPeer> peer(String channel, String peerId) {
        return peers(channel).stream().filter(p -> p.peerId().equals(peerId)).findFirst();
    }

    /** The stored record of a peer (for persisting after a status change). */
    public synchronized Optional<PeerRecord> record(String channel, String peerId) {
        Slot slot = slots.get(channel(channel).name()).get(peerId);
        return slot == null ? Optional.empty() : Optional.of(new PeerRecord(channel, slot.peer, slot.joinSeq, slot.certificate));
    }

    /** The last status the peer answered to a heartbeat, if any. */
    public synchronized Optional<Map<String, Object>> lastStatus(String channel, String peerId) {
        Slot slot = slots.get(channel(channel).name()).get(peerId);
        return slot == null || slot.lastStatus == null ? Optional.empty() : Optional.of(slot.lastStatus);
    }

    /**
     * The peer answered a heartbeat with {@code status}.
     *
     * @return whether its status changed (offline to online)
     */
    public synchronized boolean beat(String channel, String peerId, Map<String, Object> status) {
        Slot slot = slots.get(channel(channel).name()).get(peerId);
        if (slot == null) {
            return false;
        }
        slot.lastStatus = status;
        slot.missed = 0;
        if (!slot.peer.online()) {
            slot.peer = slot.peer.withStatus(RegisteredPeer.ONLINE, micros());
            return true;
        }
        return false;
    }

    /**
     * The peer did not answer a heartbeat.
     *
     * @return whether it just went offline ({@value #MISSED_BEATS_OFFLINE} misses in a row)
     */
    public synchronized boolean missed(String channel, String peerId) {
        Slot slot = slots.get(channel(channel).name()).get(peerId);
        if (slot == null) {
            return false;
        }
        slot.missed++;
        if (slot.missed >= MISSED_BEATS_OFFLINE && slot.peer.online()) {
            slot.peer = slot.peer.withStatus(RegisteredPeer.OFFLINE, micros());
            return true;
        }
        return false;
    }

    /**
     * The channel's leader: what the peers report in the {@code leader} field of their status,
     * taking the view of the peer with the highest {@code block_height} when it names an admitted
     * peer; else the first admitted peer. Empty when no peer is admitted.
     */
    public synchronized Optional<RegisteredPeer> leader(String channel) {
        List<RegisteredPeer> peers = peers(channel);
        if (peers.isEmpty()) {
            return Optional.empty();
        }
        BigInteger bestHeight = null;
        String reported = null;
        for (RegisteredPeer p : peers) {
            Map<String, Object> status = slots.get(channel).get(p.peerId()).lastStatus;
            if (status == null || !(status.get("leader") instanceof String leader) || leader.isEmpty()) {
                continue;
            }
            BigInteger height = status.get("block_height") instanceof BigInteger h ? h : BigInteger.valueOf(-1);
            if (bestHeight == null || height.compareTo(bestHeight) > 0) {
                bestHeight = height;
                reported = leader;
            }
        }
        String wanted = reported;
        return peers.stream().filter(p -> p.peerId().equals(wanted)).findFirst().or(() -> Optional.of(peers.get(0)));
    }

    /** The weight the list shows: the listing's, 1 for an unlisted peer, 0 for an audit peer (it never votes). */
    private static long listedWeight(PeerEntry listed) {
        return listed == null ? 1 : listed.audit() ? 0 : listed.weight();
    }

    /** The certificate roles a listing admits: an audit place takes an audit or a validator certificate. */
    private static Set<Role> roles(PeerEntry listed) {
        return listed.audit() ? Set.of(Role.AUDIT, Role.VALIDATOR) : Set.of(Role.VALIDATOR);
    }

    /** The accepted verdict on a certificate presented for {@code publicKey}; a refusal otherwise. */
    private static Verdict certificateVerdict(String channel, String certificate, String publicKey, MembershipCheck check,
            Set<Role> roles) {
        if (certificate.isEmpty()) {
            throw new RegistryException(Refusal.NO_CERTIFICATE, "channel " + channel
                    + " admits members of its trusted CAs only: present 'certificate' (the PEM chain of ./loopchain pki node)");
        }
        List<X509Certificate> chain;
        try {
            chain = Pem.certificates(certificate);
        } catch (RuntimeException e) {
            throw new RegistryException(Refusal.CERTIFICATE_REFUSED, "MALFORMED: certificate is not a PEM certificate chain");
        }
        Verdict verdict = check.check(chain, roles);
        if (!verdict.accepted()) {
            throw new RegistryException(Refusal.CERTIFICATE_REFUSED, verdict.refusal() + ": " + verdict.reason());
        }
        String certKey = Base64.getEncoder().encodeToString(chain.get(0).getPublicKey().getEncoded());
        if (!certKey.equals(publicKey)) {
            throw new RegistryException(Refusal.CERTIFICATE_REFUSED, "KEY_MISMATCH: the certificate of "
                    + chain.get(0).getSubjectX500Principal().getName() + " is for another key than public_key");
        }
        return verdict;
    }

    private ChannelDefinition channel(String name) {
        ChannelDefinition definition = channels.get(name);
        if (definition == null) {
            throw new RegistryException(Refusal.UNKNOWN_CHANNEL, "unknown channel: " + JoinRequest.clip(name));
        }
        return definition;
    }

    private RegisteredPeer ordered(String channel, String peerId) {
        return peers(channel).stream().filter(p -> p.peerId().equals(peerId)).findFirst().orElseThrow();
    }

    private static Comparator<Slot> order(ChannelDefinition definition) {
        return Comparator.<Slot>comparingLong(s -> {
            int index = definition.indexOf(s.peer.peerTarget());
            return index >= 0 ? index : Integer.MAX_VALUE;
        }).thenComparingLong(s -> s.joinSeq);
    }

    private long micros() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
