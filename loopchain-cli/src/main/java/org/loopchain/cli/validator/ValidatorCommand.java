package org.loopchain.cli.validator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.ToolsJvm;
import org.loopchain.cli.node.LocalPeers;

/**
 * {@code ./loopchain validator}: a channel's validators on the local network (README, "Validator
 * changes"). A change (add, remove, reweight; revoke a certificate, trust a CA) is signed by more than half of the channel's admins and
 * submitted through a running peer; the chain orders it and it takes effect two heights after its
 * block. The signing and the submission are loopchain-tools' {@code ValidatorConfigMain} (the core's
 * {@code ValidatorConfigCommand}); this reads the user's words and finds the peer.
 */
public final class ValidatorCommand {
    static final String USAGE = """
            usage: ./loopchain validator list [--channel C]
                   ./loopchain validator add PEER_ID PUBLIC_KEY [--weight N] [--group G] [--channel C] [--key ADMIN_KEY]...
                   ./loopchain validator remove PEER_ID [--channel C] [--key ADMIN_KEY]...
                   ./loopchain validator weight PEER_ID N [--channel C] [--key ADMIN_KEY]...
                   ./loopchain validator revoke CERT.pem [--channel C] [--key ADMIN_KEY]...     (its validator leaves the set)
                   ./loopchain validator trust CA.pem [--channel C] [--key ADMIN_KEY]...        (admits the CA's members)
                   ./loopchain validator sign --key ADMIN_KEY... < change.json > signed.json
              --key defaults to the operator key (%s); give it once per admin who signs""";
    private static final String MAIN = "org.loopchain.tools.ValidatorConfigMain";

    private ValidatorCommand() {
    }

    public static void register(Map<String, Command> c) {
        c.put("validator", ValidatorCommand::run);
    }

    /** The user's words after the action: their options, and the rest in order. */
    record Words(String channel, String weight, String group, List<String> keys, List<String> rest) {
        static Words of(List<String> words, String defaultChannel, String operatorKey) {
            String channel = defaultChannel;
            String weight = "";
            String group = "";
            List<String> keys = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (List.of("--channel", "--weight", "--group", "--key").contains(w)) {
                    if (i + 1 >= words.size() || words.get(i + 1).isEmpty()) {
                        throw new CliException(w + " needs a value");
                    }
                    String v = words.get(++i);
                    switch (w) {
                        case "--channel" -> channel = v;
                        case "--weight" -> weight = v;
                        case "--group" -> group = v;
                        default -> keys.add(v);
                    }
                } else {
                    rest.add(w);
                }
            }
            return new Words(channel, weight, group, keys.isEmpty() ? List.of(operatorKey) : keys, rest);
        }

        /** The submit arguments of ValidatorConfigMain after host, port and channel; empty for a wrong count of words. */
        List<String> change(String action) {
            List<String> out = new ArrayList<>(List.of(action));
            switch (action) {
                case "add" -> {
                    if (rest.size() != 2) {
                        return List.of();
                    }
                    out.addAll(List.of(rest.get(0), weight.isEmpty() ? "1" : weight, rest.get(1), group));
                }
                case "remove" -> {
                    if (rest.size() != 1) {
                        return List.of();
                    }
                    out.addAll(List.of(rest.get(0), "", "", ""));
                }
                case "revoke", "trust" -> {
                    if (rest.size() != 1) {
                        return List.of();
                    }
                    out.addAll(List.of(Path.of(rest.get(0)).toAbsolutePath().toString(), "", "", ""));
                }
                case "weight" -> {
                    if (rest.size() != 2) {
                        return List.of();
                    }
                    out.addAll(List.of(rest.get(0), rest.get(1), "", ""));
                }
                default -> {
                    return List.of();
                }
            }
            out.addAll(keys);
            return out;
        }
    }

    static int run(Args a, PrintStream out, PrintStream err) throws InterruptedException {
        List<String> passed = a.passed();
        String action = passed.isEmpty() ? "help" : passed.get(0);
        String usage = USAGE.formatted(a.required("operator-key"));
        if (List.of("help", "-h", "--help").contains(action)) {
            out.println(usage);
            return 0;
        }
        Words words = Words.of(passed.subList(1, passed.size()), a.required("channel"), a.required("operator-key"));
        ToolsJvm tools = new ToolsJvm(a.optional("tools-classpath", ""), out);
        if (action.equals("sign")) {
            List<String> args = new ArrayList<>(List.of("sign"));
            args.addAll(words.keys());
            return tools.run(List.of(ToolsJvm.BOUNCYCASTLE), MAIN, args, ToolsJvm.Io.SHOW_WITH_INPUT).status();
        }
        List<String> change = action.equals("list") ? List.of() : words.change(action);
        if (!action.equals("list") && change.isEmpty()) {
            throw new CliException(usage, 1);
        }
        LocalPeers.RunningPeer peer = LocalPeers.of(a).first();
        List<String> args = new ArrayList<>(List.of(action.equals("list") ? "list" : "submit", peer.host(), peer.port(), words.channel()));
        args.addAll(change);
        int status = tools.run(List.of(ToolsJvm.BOUNCYCASTLE), MAIN, args, ToolsJvm.Io.SHOW).status();
        if (status != 0) {
            throw new CliException("", status);
        }
        out.println("    (through " + peer.name() + ")");
        return 0;
    }
}
