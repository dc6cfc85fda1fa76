package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * A channel's SCORE pin history: which archive (by SHA-256) executes from which height on. The
 * genesis pin is the channel's {@code score_package} in channel_manage_data.json; every committed
 * {@link ScoreConfig} adds an entry that takes effect at the height after the block that commits it.
 * Kept in the channel's committed state under {@link #KEY_HEX} (a key no SCORE can write: the SDK's
 * keys never start with byte 0), so it is stored in the same database transaction as its block and
 * every peer that replays the chain rebuilds it exactly. Immutable.
 */
public final class ScorePins {

    /** The state key: byte 0 then {@code "score_pins"}. */
    public static final String KEY_HEX = "00" + Hex.encode("score_pins".getBytes(StandardCharsets.UTF_8));

    /** One change: from {@code height} on, the channel runs {@code pin} ({@link ScorePackage#pinned()} false = none). */
    public record Entry(long height, ScorePackage pin, String operator, String txHash) {
    }

    public static final ScorePins EMPTY = new ScorePins(List.of());

    private final List<Entry> entries;

    private ScorePins(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** How many changes were committed (what the next configuration's {@code sequence} must be). */
    public long changes() {
        return entries.size();
    }

    /** The pin in effect at {@code height}. */
    public ScorePackage at(long height, ScorePackage genesis) {
        ScorePackage pin = genesis;
        for (Entry e : entries) {
            if (e.height() <= height) {
                pin = e.pin();
            }
        }
        return pin;
    }

    /** The pin of the latest change (in effect from the next height on), or {@code genesis}. */
    public ScorePackage latest(ScorePackage genesis) {
        return entries.isEmpty() ? genesis : entries.get(entries.size() - 1).pin();
    }

    /** This history with {@code config}, committed in the block at {@code height}, taking effect at height + 1. */
    public ScorePins with(ScoreConfig config, long height, String txHash) {
        ScorePackage pin = config.deploy()
                ? new ScorePackage(config.scoreId(), config.version(), config.sha256(), config.params(), config.owner())
                : ScorePackage.named(ConfigKeys.Score.SCORE_PACKAGE.defaultValue());
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(height + 1, pin, config.operatorAddress(), txHash));
        return new ScorePins(next);
    }

    /**
     * The unsigned configuration that pins {@code archive} on {@code channel} as the next change: the
     * params and owner of the latest pin of the same id carry over (a new version keeps them), another
     * id starts with none.
     */
    public ScoreConfig nextDeploy(String channel, ScorePackage genesis, ArchiveStore.Kept archive) {
        ScorePackage latest = latest(genesis);
        boolean sameId = latest.pinned() && latest.id().equals(archive.id());
        return new ScoreConfig(ScoreConfig.DEPLOY, channel, archive.id(), archive.version(), archive.sha256(),
                sameId ? latest.params() : Map.of(), sameId ? latest.owner() : "", changes(), "", "");
    }

    /** The versions this history has pinned for {@code id}, newest first. */
    public List<String> versionsOf(String id) {
        List<String> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            ScorePackage p = entries.get(i).pin();
            if (p.pinned() && p.id().equals(id) && !out.contains(p.version())) {
                out.add(p.version());
            }
        }
        return out;
    }

    /** The JSON form stored in state and served: a list of entries, oldest first. */
    public List<Object> toJson() {
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("height", e.height());
            m.put("score_id", e.pin().pinned() ? e.pin().id() : "");
            m.put("version", e.pin().version());
            m.put("sha256", e.pin().sha256());
            m.put("params", new LinkedHashMap<>(e.pin().params()));
            m.put("owner", e.pin().owner());
            m.put("operator", e.operator());
            m.put("tx_hash", e.txHash());
            list.add(m);
        }
        return list;
    }

    /** The bytes stored under {@link #KEY_HEX}. */
    public byte[] toBytes() {
        return Json.pyDumps(ScoreConfig.sorted(toJson())).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The history stored as {@code bytes} ({@code null}: none yet).
     *
     * @throws IllegalStateException if the stored value is not a history (a corrupt store)
     */
    public static ScorePins fromBytes(byte[] bytes) {
        if (bytes == null) {
            return EMPTY;
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (Object o : (List<?>) Json.parse(new String(bytes, StandardCharsets.UTF_8))) {
                Map<?, ?> m = (Map<?, ?>) o;
                Map<String, Object> params = new LinkedHashMap<>();
                ((Map<?, ?>) m.get("params")).forEach((k, v) -> params.put((String) k, v));
                String sha = (String) m.get("sha256");
                ScorePackage pin = sha.isEmpty() ? ScorePackage.named(ConfigKeys.Score.SCORE_PACKAGE.defaultValue())
                        : new ScorePackage((String) m.get("score_id"), (String) m.get("version"), sha, params,
                                (String) m.get("owner"));
                entries.add(new Entry(((Number) m.get("height")).longValue(), pin, (String) m.get("operator"),
                        (String) m.get("tx_hash")));
            }
            return new ScorePins(entries);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("the stored SCORE pin history is corrupt: " + e.getMessage(), e);
        }
    }
}
