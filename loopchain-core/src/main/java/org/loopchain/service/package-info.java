/**
 * The port the client APIs use to reach a peer ({@link org.loopchain.service.ChainService}), so
 * that the web adapters depend on the core, not on the server's composition root.
 */
package org.loopchain.service;
