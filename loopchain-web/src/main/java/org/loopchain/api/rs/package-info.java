/**
 * REST v1 of the Radio Station under {@code /api/v1}: {@code POST peer/join}, {@code GET peer/list},
 * {@code peer/leader}, {@code peer/status}, {@code peer/status-list} and {@code conf}, in the
 * original's shapes; and ours: {@code proxy/...}, the one endpoint through which a client reaches
 * the registered peers ({@link org.loopchain.api.rs.ProxyResource}), and {@code logs}, the log
 * collector's records of every node. On a node whose {@code NODE_ROLE} is not {@code radiostation}
 * every one of them answers 404 with a JSON body.
 */
package org.loopchain.api.rs;
