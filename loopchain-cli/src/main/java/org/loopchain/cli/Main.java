package org.loopchain.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.loopchain.cli.chaos.ChaosCommand;
import org.loopchain.cli.keycloak.KeycloakCommands;
import org.loopchain.cli.logs.LogsCommand;
import org.loopchain.cli.node.NodeCommands;
import org.loopchain.cli.score.ScoreCommand;
import org.loopchain.cli.top.TopCommand;
import org.loopchain.cli.validator.ValidatorCommand;
import org.loopchain.cli.wildfly.WildFlyCommands;

/**
 * {@code java -jar loopchain-cli.jar COMMAND ARGS...}: the subcommands ./loopchain calls. A refusal is
 * {@code loopchain: MESSAGE} on stderr and exit status 1 (2 for a usage error).
 */
public final class Main {
    static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        FileCommands.register(COMMANDS);
        NodeCommands.register(COMMANDS);
        WildFlyCommands.register(COMMANDS);
        COMMANDS.put("top", (a, out, err) -> new TopCommand().run(a, out, err)); // its HTTP client only when called
        LogsCommand.register(COMMANDS);
        KeycloakCommands.register(COMMANDS);
        COMMANDS.put("chaos", (a, out, err) -> new ChaosCommand().run(a, out, err));
        ScoreCommand.register(COMMANDS);
        ValidatorCommand.register(COMMANDS);
    }

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || !COMMANDS.containsKey(argv[0])) {
            err.println("usage: loopchain-cli COMMAND ARGS... (commands: " + String.join(" ", COMMANDS.keySet()) + ")");
            return 2;
        }
        try {
            int status = COMMANDS.get(argv[0]).run(new Args(Arrays.asList(argv).subList(1, argv.length)), out, err);
            out.flush();
            return status;
        } catch (CliException e) {
            out.flush();
            if (!e.getMessage().isEmpty()) { // empty: the refusal was said already (by a process the command ran)
                err.println(e.getMessage().startsWith("    |") ? e.getMessage() : "loopchain: " + e.getMessage());
            }
            return e.status();
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.flush();
            err.println("loopchain: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            out.flush();
            err.println("loopchain: " + argv[0] + " failed: " + e);
            return 1;
        }
    }
}
