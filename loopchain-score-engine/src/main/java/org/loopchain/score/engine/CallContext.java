package org.loopchain.score.engine;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import score.Address;

/**
 * Who runs what, as {@link CallHost} shows it to the contract: the block, the transaction (hash
 * {@code null} in a query), the caller (a contract, when one calls another), the SCORE's and
 * owner's addresses, the value the caller sends (zero but for a v3 call with {@code value} or a
 * contract's call with value), whether writes are allowed, and the transaction's signer (origin).
 */
record CallContext(ScoreBlock block, byte[] txHash, int txIndex, long txTimestampMicros, Address caller,
        Address scoreAddress, Address owner, BigInteger value, boolean readOnly, Address origin) {

    static CallContext ofCall(ScoreBlock block, ScoreCall call, Address score, Address owner, boolean readOnly) {
        Address caller = Address.fromString(call.caller());
        return new CallContext(block, txHashBytes(call.txHash()), call.txIndex(), call.txTimestampMicros(),
                caller, score, owner, call.value(), readOnly, caller);
    }

    /** The constructor's context: the first call's transaction, with the owner as caller and no value. */
    static CallContext ofInstall(ScoreBlock block, ScoreCall first, Address score, Address owner) {
        return new CallContext(block, txHashBytes(first.txHash()), first.txIndex(), first.txTimestampMicros(),
                owner, score, owner, BigInteger.ZERO, false, owner);
    }

    static CallContext ofQuery(ScoreBlock block, Address score, Address owner) {
        return new CallContext(block, null, 0, block.timestampMicros(), owner, score, owner, BigInteger.ZERO, true, owner);
    }

    CallContext asReadOnly() {
        return new CallContext(block, txHash, txIndex, txTimestampMicros, caller, scoreAddress, owner, value, true, origin);
    }

    /** The context of a call this contract makes to {@code target} (owned by {@code targetOwner}) with {@code sent}. */
    CallContext callTo(Address target, Address targetOwner, BigInteger sent) {
        return new CallContext(block, txHash, txIndex, txTimestampMicros, scoreAddress, target, targetOwner, sent, readOnly, origin);
    }

    private static byte[] txHashBytes(String txHash) {
        if (txHash == null) {
            return null;
        }
        String hex = txHash.startsWith("0x") ? txHash.substring(2) : txHash;
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return txHash.getBytes(StandardCharsets.UTF_8);
        }
    }
}
