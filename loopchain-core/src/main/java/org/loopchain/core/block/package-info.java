/**
 * Blocks in the loopchain v1 format: the merkle tree over tx hashes, the block hash, the genesis
 * block, and building and checking a block against its parent.
 *
 * <p>The v1 block hash covers only the previous hash, the merkle root and the timestamp; the
 * leader's signature over the hash binds its public key to the block. Height, channel and the
 * leader's identity are checked against the parent and the membership by the caller.
 */
package org.loopchain.core.block;
