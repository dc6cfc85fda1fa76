/**
 * The launcher's knobs (LOOPCHAIN_* environment variables): each one's default, rule and help line,
 * defined once here; {@code ./loopchain} evaluates what {@code env} prints.
 */
package org.loopchain.cli.knobs;
