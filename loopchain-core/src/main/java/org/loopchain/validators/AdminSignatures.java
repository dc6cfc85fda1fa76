package org.loopchain.validators;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.score.engine.ScoreAddresses;

/**
 * A channel's admins (the {@code admins} of its entry in channel_manage_data.json: base64 public
 * keys, SPKI DER as peers' keys travel, or {@code hx} addresses) and the rule a validator change
 * must meet: every signature is an admin's and verifies, and the distinct admins who signed are more
 * than half of the admins.
 */
public final class AdminSignatures {

    private final String channel;
    private final List<String> admins;

    public AdminSignatures(String channel, List<String> admins) {
        this.channel = channel;
        this.admins = List.copyOf(new HashSet<>(admins).stream().sorted().toList());
    }

    public List<String> admins() {
        return admins;
    }

    /** How many distinct admins must sign: more than half. */
    public int needed() {
        return admins.size() / 2 + 1;
    }

    /** Why the signatures of {@code config} do not authorise it; empty if they do. */
    public Optional<Refusal> problem(ValidatorConfig config) {
        if (admins.isEmpty()) {
            return refuse(Refusal.Kind.UNAUTHORIZED, "channel " + channel + " has no admins (channel_manage_data.json"
                    + " admins, or operators): its validators cannot change");
        }
        if (config.signatures().isEmpty()) {
            return refuse(Refusal.Kind.UNAUTHORIZED, "the change is unsigned: " + needed() + " of the " + admins.size()
                    + " admins of channel " + channel + " must sign it");
        }
        byte[] text = config.signedText().getBytes(StandardCharsets.UTF_8);
        Set<String> signed = new HashSet<>();
        for (ValidatorConfig.AdminSignature s : config.signatures()) {
            String admin = adminOf(s.admin());
            if (admin == null) {
                return refuse(Refusal.Kind.UNAUTHORIZED, "the key " + clip(s.admin()) + " is not an admin of channel "
                        + channel);
            }
            if (!PeerKey.verify(s.admin(), text, s.signature())) {
                return refuse(Refusal.Kind.UNAUTHORIZED, "the signature of admin " + clip(s.admin())
                        + " does not verify over the change");
            }
            signed.add(admin);
        }
        if (signed.size() < needed()) {
            return refuse(Refusal.Kind.TOO_FEW_SIGNATURES, signed.size() + " of the " + admins.size() + " admins of channel "
                    + channel + " signed; " + needed() + " must");
        }
        return Optional.empty();
    }

    /** The admin entry {@code key} is, by key or by its {@code hx} address; null if none. */
    private String adminOf(String key) {
        if (admins.contains(key)) {
            return key;
        }
        String address = address(key);
        return !address.isEmpty() && admins.contains(address) ? address : null;
    }

    private static String address(String key) {
        try {
            return PeerKey.isPublicKey(key) ? ScoreAddresses.addressOfPublicKey(Base64.getDecoder().decode(key)) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Optional<Refusal> refuse(Refusal.Kind kind, String message) {
        return Optional.of(new Refusal(kind, message));
    }

    static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 48 ? printable : printable.substring(0, 48) + "...";
    }
}
