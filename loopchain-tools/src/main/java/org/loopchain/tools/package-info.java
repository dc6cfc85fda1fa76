/** The launcher's entry points on loopchain-core: each main wires the process (wall clock, sleep, streams, environment) into a core command. */
package org.loopchain.tools;
