package org.loopchain.cli.knobs;

import java.util.function.Function;

/**
 * One LOOPCHAIN_* variable: the shell variable it sets, its default (from the repository directory),
 * the rule its value must meet (null when any value goes, else the message's "must be ..." part),
 * and its help line.
 *
 * @param env       the environment variable, e.g. LOOPCHAIN_PEERS
 * @param shell     the launcher's variable, e.g. PEERS
 * @param fallback  the default, given the repository directory
 * @param kind      how the value is checked and normalised
 * @param help      one line for {@code ./loopchain help}
 */
public record Knob(String env, String shell, Function<String, String> fallback, Kind kind, String help) {

    /** What a value must be. */
    public enum Kind {
        TEXT, PATH, PORT, HOST, HOSTS, SECONDS, PEERS, POSITIVE, ON_OFF, SERVER, SERVERS
    }
}
