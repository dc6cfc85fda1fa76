/** The benchmark client behind {@code ./loopchain bench}; it talks to peers over REST v1 on loopback only. */
package org.loopchain.bench;
