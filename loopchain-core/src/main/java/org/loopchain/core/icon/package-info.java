/**
 * ICON JSON-RPC v3 client-signed transactions, in plain Java: the serialisation a client hashes
 * ({@link org.loopchain.core.icon.IconSerializer}), the SHA3-256 transaction hash
 * ({@link org.loopchain.core.icon.IconTxHash}), 65-byte recoverable secp256k1 signatures
 * ({@link org.loopchain.core.icon.IconSignature}), {@code hx}/{@code cx} addresses, and the strict
 * parse and signature check of an {@code icx_sendTransaction} params object
 * ({@link org.loopchain.core.icon.V3Transaction}), and the {@code logsBloom} of a result's event
 * logs ({@link org.loopchain.core.icon.LogsBloom}).
 *
 * <p>The rules follow goloop, the ICON node that verifies these transactions
 * ({@code service/transaction/serialize.go} and {@code transaction_v3.go}), and give the same
 * hash and signature as ICON's Java SDK for everything the SDK can send (IconSdkCrossCheckTest).
 * Bad input from a client is answered with an {@link org.loopchain.core.icon.IconFormatException}
 * whose message names the field and the rule; it never reaches the chain.
 */
package org.loopchain.core.icon;
