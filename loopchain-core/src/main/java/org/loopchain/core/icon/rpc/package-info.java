/**
 * ICON's JSON-RPC v3 on a channel, plain Java: reading requests and batches ({@link RpcRequest}),
 * ICON's error codes ({@link RpcError}), the methods ({@link V3Methods}) over a port to the
 * channel ({@link V3Chain}), and ICON's value shapes for blocks, transactions and results
 * ({@link V3Forms}). The servlet in loopchain-web only reads the body and writes the reply.
 */
package org.loopchain.core.icon.rpc;
