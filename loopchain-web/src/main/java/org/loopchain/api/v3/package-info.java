/**
 * ICON JSON-RPC v3 on every peer: {@code POST /api/v3} (the default channel) and
 * {@code /api/v3/{channel}}. The servlet reads the body and writes the replies; the methods, the
 * value types and the errors are loopchain-core's {@code org.loopchain.core.icon.rpc}.
 */
package org.loopchain.api.v3;
