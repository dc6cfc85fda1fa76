/**
 * The command-line side of {@code ./loopchain}: the bash script keeps processes (start, stop, wait)
 * and asks {@link org.loopchain.cli.Main} for everything that is a rule, a default or a file edit.
 * JDK only: the launcher builds this module before anything else.
 */
package org.loopchain.cli;
