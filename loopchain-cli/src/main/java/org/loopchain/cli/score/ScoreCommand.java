package org.loopchain.cli.score;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.domain.DeployPlan;
import org.loopchain.cli.node.LocalPeers;
import org.loopchain.cli.node.NodeCommands;

/**
 * {@code ./loopchain score deploy | undeploy | list} (docs/SCORE.md). {@code deploy} checks an archive
 * with the engine's CheckMain, deploys it to every running peer at once (each peer keeps a copy in
 * its data dir), then pins it on the channel with a SCORE configuration signed by the operator key,
 * which the chain orders like a transaction (in effect from the height after its block).
 * {@code undeploy} unpins (signed), then undeploys the application; {@code list} shows what each peer
 * holds and the channel's pin history. The launcher gives the work dir's facts as options and the
 * user's words after {@code --}.
 */
public final class ScoreCommand {
    static final String USAGE = """
            usage: ./loopchain score deploy ARCHIVE [--channel C] [--params JSON] [--owner hx…] [--no-pin]
                                                              check, deploy to every running peer, then pin it on C with a
                                                              configuration signed by the operator key (the install's
                                                              constructor parameters and owner); in effect from the next height.
                                                              --no-pin: deploy only (every peer keeps the archive); pin it later
                                                              from the admin console's channel page or with deploy
                   ./loopchain score undeploy ID [--channel C]      unpin (signed), then undeploy from every running peer
                   ./loopchain score list                           the SCOREs each peer domain holds, and the channel's pin history""";
    /** The node's own applications, which are not SCOREs. */
    static final Set<String> NODE_APPS = Set.of(DeployPlan.EAR, DeployPlan.RAR);

    private final Args launcher;
    private final LocalPeers peers;
    private final ScoreTools tools;
    private final PrintStream out;
    private final PrintStream err;
    private final String channel;

    private ScoreCommand(Args launcher, PrintStream out, PrintStream err) {
        this.launcher = launcher;
        this.peers = LocalPeers.of(launcher);
        this.out = out;
        this.err = err;
        this.channel = launcher.required("channel");
        this.tools = new ScoreTools(launcher.optional("check-classpath", ""), launcher.optional("tools-classpath", ""),
                Path.of(launcher.required("operator-key")), launcher.optional("commit-timeout", "180"), out);
    }

    public static void register(Map<String, Command> c) {
        c.put("score", (a, out, err) -> new ScoreCommand(a, out, err).run(a.passed()));
    }

    int run(List<String> words) throws InterruptedException {
        String action = words.isEmpty() ? "help" : words.get(0);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        switch (action) {
            case "deploy" -> deploy(rest);
            case "undeploy" -> undeploy(rest);
            case "list" -> list(rest);
            case "help", "-h", "--help" -> out.println(USAGE);
            default -> throw new CliException(USAGE, 1);
        }
        return 0;
    }

    private void deploy(List<String> words) throws InterruptedException {
        String usage = "./loopchain score deploy ARCHIVE [--channel C] [--params JSON] [--owner hx…] [--no-pin]";
        Map<String, String> o = options(words, "score deploy", usage, Set.of("--channel", "--params", "--owner"), Set.of("--no-pin"));
        boolean pin = !o.containsKey("--no-pin");
        String target = channelOf(o);
        if (!pin && (o.containsKey("--params") || o.containsKey("--owner"))) {
            throw new CliException("score deploy: --params and --owner belong to the pin; --no-pin makes none");
        }
        Path archive = Path.of(o.get("")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(archive)) {
            throw new CliException("score deploy: no such file: " + o.get(""));
        }
        Path channels = Path.of(launcher.required("channels-file"));
        if (!Files.isRegularFile(channels)) {
            throw new CliException("score deploy: no " + channels + " (./loopchain up creates it)");
        }
        ScoreManifest m = ScoreManifest.read(archive);
        checkId(m.id());
        say("checking " + archive.getFileName() + " (" + m.id() + " " + m.version() + ", sha256 " + m.sha256().substring(0, 16)
                + "…) for channel " + target);
        tools.check(archive, target);
        say("deploying " + m.id() + " to the running peers (asadmin deploy --force=true --upload=true --name " + m.id() + ")");
        if (!onPeers(true, m.id(), archive)) {
            throw new CliException("score deploy: " + m.id() + " is not deployed on every running peer (see above)");
        }
        if (!pin) {
            say(m.id() + " " + m.version() + " is on every running peer, not pinned (pin it from the console's channel page,"
                    + " or deploy without --no-pin)");
            return;
        }
        LocalPeers.RunningPeer via = peers.first();
        say("pinning " + m.id() + " " + m.version() + " on channel " + target + " through " + via.name()
                + " (a signed SCORE configuration)");
        tools.submit(via.address(), target, "score_deploy", m.id(), m.version(), m.sha256(), o.getOrDefault("--params", ""),
                o.getOrDefault("--owner", ""));
    }

    private void undeploy(List<String> words) throws InterruptedException {
        Map<String, String> o = options(words, "score undeploy", "./loopchain score undeploy ID [--channel C]", Set.of("--channel"), Set.of());
        String id = o.get("");
        String target = channelOf(o);
        checkId(id);
        LocalPeers.RunningPeer via = peers.first();
        say("unpinning " + id + " on channel " + target + " through " + via.name() + " (a signed SCORE configuration)");
        tools.submit(via.address(), target, "score_undeploy", id, "", "", "", "");
        say("undeploying the application " + id + " from the running peers (their archive stores keep it)");
        if (!onPeers(false, id, null)) {
            throw new CliException("score undeploy: " + id + " is still deployed on some running peer (see above)");
        }
    }

    /** Per peer domain, what it holds; then, from the first running peer, the default channel's pin history. */
    private void list(List<String> words) {
        if (!words.isEmpty()) {
            throw new CliException("usage: ./loopchain score list");
        }
        Map<String, Path> all = peers.all();
        for (Map.Entry<String, Path> p : all.entrySet()) {
            ScoreListing.domain(p.getValue(), p.getKey(), peers.runs(p.getKey()) ? "running" : "stopped", out);
        }
        all.keySet().stream().filter(peers::runs).findFirst().ifPresent(name ->
                ScoreListing.pins(NodeCommands.restBase(NodeCommands.info(all.get(name))), channel, name, out));
    }

    /**
     * DEPLOY (or undeploy) on every running peer at once; a stopped peer is named and left alone, and
     * on undeploy so is a peer that does not hold it. @return whether every running peer did it
     */
    private boolean onPeers(boolean deploy, String id, Path archive) throws InterruptedException {
        Map<String, Path> all = peers.all();
        if (all.isEmpty()) {
            throw new CliException("score: no peer domain in " + launcher.required("domains") + " (./loopchain up)");
        }
        String verb = deploy ? "deploy" : "undeploy";
        Map<String, Future<PeerDeployment.Outcome>> runs = new LinkedHashMap<>();
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            for (Map.Entry<String, Path> p : all.entrySet()) {
                PeerDeployment peer = deployment(p.getKey(), p.getValue());
                if (!peers.runs(p.getKey())) {
                    runs.put(p.getKey(), done(String.format("%-8s stopped: not %sed (start it with ./loopchain up, then run this again)",
                            p.getKey(), verb)));
                } else if (!deploy && !peer.has(id)) {
                    runs.put(p.getKey(), done(String.format("%-8s %s is not deployed", p.getKey(), id)));
                } else {
                    runs.put(p.getKey(), pool.submit(() -> deploy ? peer.deploy(id, archive) : peer.undeploy(id)));
                }
            }
            boolean everyOne = true;
            for (Future<PeerDeployment.Outcome> run : runs.values()) {
                PeerDeployment.Outcome outcome = run.get();
                outcome.line().lines().forEach(l -> out.println("    " + l));
                everyOne &= outcome.ok();
            }
            if (deploy && all.keySet().stream().noneMatch(peers::runs)) {
                out.flush();
                err.println("loopchain: warning: no peer is running: nothing was deployed");
                return false;
            }
            return everyOne;
        } catch (ExecutionException e) {
            throw new CliException("score " + verb + ": " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<PeerDeployment.Outcome> done(String line) {
        return CompletableFuture.completedFuture(new PeerDeployment.Outcome(line, true));
    }

    private PeerDeployment deployment(String name, Path dir) {
        int admin = Integer.parseInt(NodeCommands.info(dir).get("ADMIN_PORT"));
        return new PeerDeployment(name, dir, admin, launcher.optional("asadmin", "asadmin"),
                Path.of(launcher.required("log-dir")).resolve(name + ".asadmin.log"), Path.of(launcher.required("work")));
    }

    private String channelOf(Map<String, String> o) {
        return o.getOrDefault("--channel", channel);
    }

    static void checkId(String id) {
        if (NODE_APPS.contains(id)) {
            throw new CliException("score: '" + id + "' names the node's own application, not a SCORE");
        }
        if (!ScoreManifest.ID.matcher(id).matches()) {
            throw new CliException("score: bad SCORE id '" + id + "'");
        }
    }

    /**
     * The user's words: one positional (under the key ""), options with a value, flags (value "").
     * Anything else stops the command with the usage.
     */
    static Map<String, String> options(List<String> words, String command, String usage, Set<String> valued, Set<String> flags) {
        Map<String, String> o = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (valued.contains(w)) {
                if (i + 1 >= words.size() || words.get(i + 1).isEmpty()) {
                    throw new CliException(command + ": " + w + " needs a value (usage: " + usage + ")");
                }
                o.put(w, words.get(++i));
            } else if (flags.contains(w)) {
                o.put(w, "");
            } else if (w.startsWith("-")) {
                throw new CliException(command + ": unknown option '" + w + "' (usage: " + usage + ")");
            } else {
                positional.add(w);
            }
        }
        if (positional.size() != 1) {
            throw new CliException(positional.isEmpty() ? "usage: " + usage : command + ": one at a time (usage: " + usage + ")");
        }
        o.put("", positional.get(0));
        return o;
    }

    private void say(String line) {
        out.println("==> " + line);
    }
}
