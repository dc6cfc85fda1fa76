package org.loopchain.cli;

import java.io.PrintStream;

/** One subcommand: its arguments in, text out, an exit status back. */
@FunctionalInterface
public interface Command {
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
