/**
 * Transactions: the loopchain v1 format (a peer-received JSON body, hashed with its meta and
 * timestamp, signed by the receiving peer) and room for client-signed ICON v3 transactions
 * beside it ({@link org.loopchain.core.tx.TxKind}).
 */
package org.loopchain.core.tx;
