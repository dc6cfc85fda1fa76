package org.loopchain.cli.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.top.TopCommand;

/**
 * {@code chaos --launcher PATH --logs DIR [--conf DIR] [--episodes N] [--seed S]
 * [--faults kill,pause,broker,rs,byzantine,skew] [--max-faults M] [--rate TX_PER_S] [--clients C]
 * [--complaint-timeout S] [--report FILE|none] NODE...}:
 * runs N fault episodes on the network whose node directories are given (the peers, and the Radio
 * Station named {@code rs}), prints a line per fault and per episode, then the table, and puts the
 * table in the report file. The byzantine and skew faults (drawn only when asked for) restart a peer
 * with test keys written into its config file in {@code --conf DIR}, and take them out again after
 * the fault and after the run. Exit status 0 when no episode broke safety (no fork, nothing lost,
 * duplicated or diverging) and every one recovered in time, 1 for a safety violation, 3 when only
 * progress failed or was slow.
 */
public final class ChaosCommand implements Command {
    /** The node config key the bound on recovery is made of, read from a peer's checked configuration. */
    static final String COMPLAINT_KEY = "TIMEOUT_FOR_LEADER_COMPLAIN";
    static final String RS_NAME = "rs";

    @Override
    public int run(Args a, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> peers = new LinkedHashMap<>();
        boolean rs = false;
        for (String dir : a.positional()) {
            TopCommand.Node node = TopCommand.Node.of(dir);
            if (RS_NAME.equals(node.name())) {
                rs = true;
            } else if (!"rs".equals(node.kind())) {
                peers.put(node.name(), node.base());
            }
        }
        if (peers.size() < 2) {
            throw new CliException("chaos: needs a network of 2 or more peers (./loopchain up)", 2);
        }
        int episodes = intOption(a, "episodes", "10");
        long seed = Long.parseLong(a.optional("seed", String.valueOf(System.currentTimeMillis() % 1_000_000)));
        Path logs = Path.of(a.required("logs"));
        long complaintMillis = a.optionNames().contains("complaint-timeout")
                ? (long) (Double.parseDouble(a.required("complaint-timeout")) * 1000)
                : complaintMillis(logs.resolve(peers.keySet().iterator().next() + ".config.txt"));
        Set<FaultKind> kinds = kinds(a.optional("faults", "kill,pause,broker,rs"), rs);
        FaultSchedule schedule = new FaultSchedule(List.copyOf(peers.keySet()), kinds, complaintMillis, intOption(a, "max-faults", "3"));
        List<Episode> plan = schedule.episodes(seed, episodes);
        LoadClients load = new LoadClients(List.copyOf(peers.values()), intOption(a, "clients", "4"),
                Double.parseDouble(a.optional("rate", "20")), "seed " + seed);
        RestChain chain = new RestChain(peers);
        String conf = a.optional("conf", "");
        if (conf.isEmpty() && (kinds.contains(FaultKind.BYZANTINE) || kinds.contains(FaultKind.SKEW))) {
            throw new CliException("chaos: the byzantine and skew faults need --conf DIR (the nodes' config files)", 2);
        }
        LauncherControl control = new LauncherControl(Path.of(a.required("launcher")), logs.resolve("chaos-launcher.log"),
                conf.isEmpty() ? null : Path.of(conf));
        out.printf("chaos: %d episodes, seed %d, faults %s, peers %s, TIMEOUT_FOR_LEADER_COMPLAIN %.1f s (launcher output: %s)%n",
                episodes, seed, kinds, peers.keySet(), complaintMillis / 1000.0, logs.resolve("chaos-launcher.log"));
        ChaosRun run = new ChaosRun(List.copyOf(peers.keySet()), chain, control, load, complaintMillis, out);
        run.checkExisting();
        List<EpisodeOutcome> outcomes = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (Episode e : plan) {
                outcomes.add(run.run(e));
            }
        } finally {
            control.clearTestKeys(List.copyOf(peers.keySet())); // no peer stays byzantine or skewed after the run
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        String table = ChaosReport.table(outcomes);
        String summary = ChaosReport.summary(seed, complaintMillis, outcomes);
        out.println();
        out.print(table);
        out.println();
        out.print(summary);
        String report = a.optional("report", "none");
        if (!"none".equals(report)) {
            ChaosReport.write(Path.of(report), String.format("%s, `./loopchain chaos -n %d --seed %d` (faults %s, %.0f tx/s), %.1f minutes:%n%n"
                    + "```%n%s```%n%n%s%n", LocalDate.now(), episodes, seed, a.optional("faults", "kill,pause,broker,rs"),
                    Double.parseDouble(a.optional("rate", "20")), minutes, summary, table));
            out.println("report: " + report);
        }
        if (ChaosReport.violations(outcomes) > 0) {
            return 1;
        }
        return outcomes.stream().allMatch(EpisodeOutcome::passed) ? 0 : 3;
    }

    private static int intOption(Args a, String name, String fallback) {
        String v = a.optional(name, fallback);
        if (!v.matches("[0-9]{1,6}") || Integer.parseInt(v) < 1) {
            throw new CliException("chaos: --" + name + " must be a positive number, got '" + v + "'", 2);
        }
        return Integer.parseInt(v);
    }

    static Set<FaultKind> kinds(String list, boolean rs) {
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        for (String name : list.split(",")) {
            try {
                kinds.add(FaultKind.named(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new CliException("chaos: " + e.getMessage(), 2);
            }
        }
        if (!rs) {
            kinds.remove(FaultKind.RS_DOWN);
        }
        if (kinds.isEmpty()) {
            throw new CliException("chaos: no fault kind left to draw from", 2);
        }
        return kinds;
    }

    /** TIMEOUT_FOR_LEADER_COMPLAIN from a node's checked configuration ({@code KEY=VALUE  (source)} lines), in ms. */
    static long complaintMillis(Path checkedConfig) throws IOException {
        if (!Files.isRegularFile(checkedConfig)) {
            throw new CliException("chaos: no checked configuration " + checkedConfig + " (start the network with ./loopchain up,"
                    + " or give --complaint-timeout S)");
        }
        for (String line : Files.readAllLines(checkedConfig)) {
            if (line.startsWith(COMPLAINT_KEY + "=")) {
                return (long) (Double.parseDouble(line.substring(COMPLAINT_KEY.length() + 1).split("\\s+")[0]) * 1000);
            }
        }
        throw new CliException("chaos: " + checkedConfig + " has no " + COMPLAINT_KEY);
    }
}
