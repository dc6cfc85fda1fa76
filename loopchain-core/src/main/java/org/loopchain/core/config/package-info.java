/**
 * The node's configuration: the loopchain keys, typed, with their defaults and rules beside them
 * ({@link org.loopchain.core.config.ConfigKeys}), read in layers, lowest first: built-in
 * defaults, the user file, environment variables, the JSON file given with {@code -o}.
 *
 * <p>Unknown keys and bad values fail at start with a message naming the key and where the value
 * came from ({@link org.loopchain.core.config.ConfigCheck} lets a launcher check before starting
 * a server). The EE layer may feed the same keys from MicroProfile Config; the rules stay here.
 */
package org.loopchain.core.config;
