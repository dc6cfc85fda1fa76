package org.loopchain.cli.top;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One screen of {@code ./loopchain top}: a title line, a header, a row per node and channel (one row
 * for a node that is down or serves no channel), and a summary line. tx/s is the growth of the
 * committed-tx counter between the previous poll and this one; "-" with no previous poll, or when
 * the counter went back (the node restarted).
 */
public final class TopScreen {
    private static final String[] HEADER = {"NODE", "CHANNEL", "ROLE", "STATE", "HEIGHT", "TX", "TX/S", "PENDING",
        "ROUND", "LEADER", "COMPLAINTS", "LEADER_CHG", "DROPPED"};
    /** Columns after the first three are right-aligned numbers (but STATE and LEADER). */
    private static final boolean[] RIGHT = {false, false, false, false, true, true, true, true, true, false, true, true,
        true};

    private TopScreen() {
    }

    /**
     * @param title    the first line (what, when, how often)
     * @param previous the previous poll's readings (empty for the first screen)
     * @param now      this poll's readings, in the order to show
     */
    public static String render(String title, List<NodeReading> previous, List<NodeReading> now) {
        Map<String, NodeReading> before = new HashMap<>();
        previous.forEach(r -> before.put(r.name(), r));
        Map<String, String> names = new HashMap<>();
        now.stream().filter(r -> !r.peerId().isEmpty()).forEach(r -> names.put(r.peerId(), r.name()));
        List<String[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int up = 0;
        for (NodeReading node : now) {
            if (!node.up()) {
                rows.add(new String[] {node.name(), "-", kind(node), "down", "-", "-", "-", "-", "-", "-", "-", "-", "-"});
                notes.add(node.name() + ": " + node.problem());
                continue;
            }
            up++;
            if (!node.problem().isEmpty()) {
                notes.add(node.name() + ": " + node.problem());
            }
            if (node.channels().isEmpty()) {
                rows.add(new String[] {node.name(), "-", kind(node), "up", "-", "-", "-", "-", "-", "-", "-", "-", "-"});
                continue;
            }
            NodeReading prior = before.get(node.name());
            node.channels().forEach((channel, c) -> rows.add(new String[] {node.name(), channel,
                c.role().isEmpty() ? "?" : c.role(), "up", num(c.height()), num(c.committedTx()), txPerSecond(prior, node, channel),
                num(c.pending()), num(c.round()), leader(c.leaderId(), names), num(c.complaints()), num(c.leaderChanges()),
                num(c.dropped())}));
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        table(out, rows);
        out.append(up).append(" of ").append(now.size()).append(" nodes up");
        if (!previous.isEmpty() && !now.isEmpty()) {
            out.append(String.format(Locale.ROOT, "; tx/s over the last %.1f s", seconds(previous.get(0), now.get(0))));
        }
        out.append('\n');
        notes.forEach(n -> out.append("  ").append(n).append('\n'));
        return out.toString();
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int[] width = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            width[i] = HEADER[i].length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(RIGHT[i] ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String kind(NodeReading node) {
        return switch (node.kind()) {
            case "rs" -> "radio station";
            case "peer", "" -> "-";
            default -> node.kind();
        };
    }

    private static String txPerSecond(NodeReading prior, NodeReading now, String channel) {
        ChannelReading before = prior == null || !prior.up() ? null : prior.channels().get(channel);
        ChannelReading after = now.channels().get(channel);
        double seconds = prior == null ? 0 : seconds(prior, now);
        if (before == null || seconds <= 0 || before.committedTx() < 0 || after.committedTx() < before.committedTx()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f", (after.committedTx() - before.committedTx()) / seconds);
    }

    private static double seconds(NodeReading before, NodeReading after) {
        return (after.nanos() - before.nanos()) / 1e9;
    }

    /** The leader's node name when it is one of ours, else the start of its peer id. */
    private static String leader(String peerId, Map<String, String> names) {
        if (peerId.isEmpty()) {
            return "?";
        }
        String name = names.get(peerId);
        return name != null ? name : peerId.length() > 12 ? peerId.substring(0, 12) + "…" : peerId;
    }

    private static String num(long n) {
        return n < 0 ? "-" : Long.toString(n);
    }
}
