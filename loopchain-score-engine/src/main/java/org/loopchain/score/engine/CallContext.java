package org.loopchain.score.engine;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import score.Address;

/**
 * Who runs what, as {@link CallHost} shows it to the contract: the block, the transaction (hash
 * {@code null} in a query), the caller, the SCORE's and owner's addresses, the value the caller
 * sends (zero but for a v3 call with {@code value}) and whether writes are allowed.
 */
record CallContext(ScoreBlock block, byte[] txHash, int txIndex, long txTimestampMicros, Address caller,
        Address scoreAddress, Address owner, BigInteger value, boolean readOnly) {

    static CallContext ofCall(ScoreBlock block, ScoreCall call, Address score, Address owner, boolean readOnly) {
        return new CallContext(block, txHashBytes(call.txHash()), call.txIndex(), call.txTimestampMicros(),
                Address.fromString(call.caller()), score, owner, call.value(), readOnly);
    }

    /** The constructor's context: the first call's transaction, with the owner as caller and no value. */
    static CallContext ofInstall(ScoreBlock block, ScoreCall first, Address score, Address owner) {
        return new CallContext(block, txHashBytes(first.txHash()), first.txIndex(), first.txTimestampMicros(),
                owner, score, owner, BigInteger.ZERO, false);
    }

    static CallContext ofQuery(ScoreBlock block, Address score, Address owner) {
        return new CallContext(block, null, 0, block.timestampMicros(), owner, score, owner, BigInteger.ZERO, true);
    }

    CallContext asReadOnly() {
        return new CallContext(block, txHash, txIndex, txTimestampMicros, caller, scoreAddress, owner, value, true);
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
