/**
 * Hashing and peer signatures: SHA-256 helpers, hex, and the secp256k1 ECDSA key a peer uses to
 * sign the transactions it accepts and the blocks it leads; SHA3-256 and recoverable signatures
 * ({@code r ‖ s ‖ v}, {@link org.loopchain.core.crypto.RecoverableEcdsa}) for ICON v3
 * transactions, which their clients sign.
 *
 * <p>Built on BouncyCastle's lightweight API; no JCA provider is registered. Verification never
 * throws on hostile input: a bad key or signature from a peer or a client is data, answered with
 * {@code false} (or, for key recovery, {@code null}).
 */
package org.loopchain.core.crypto;
