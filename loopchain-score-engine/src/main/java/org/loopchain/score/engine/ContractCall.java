package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.List;
import score.Address;
import score.RevertedException;
import score.UserRevertedException;

/**
 * A call one contract makes to another ({@code Context.call} to a {@code cx} address), run inside
 * the caller's call: the callee sees the caller's address as its caller and the transaction's
 * signer as its origin; its storage is the one level down of the {@link CallWorld}, so it sees what
 * the transaction wrote so far (the caller's writes included: a call back is allowed) and what it
 * writes is kept only if it succeeds; its steps come out of the caller's; the value moves from the
 * caller's account to its own. A read-only caller reaches read-only methods only. If it fails the
 * caller gets {@link UserRevertedException} (a revert with the callee's code) or
 * {@link RevertedException}, which it may catch; running out of steps or too deep ends the whole
 * transaction. Calls nest {@value CallWorld#MAX_NESTING} deep at most.
 */
final class ContractCall {

    private ContractCall() {
    }

    static Object run(CallContext caller, CallWorld world, CoinOverlay callerCoin, List<EventLog> callerLogs, Address target,
            BigInteger value, String method, Object[] args) {
        if (world.nesting() >= CallWorld.MAX_NESTING) {
            throw StepMeter.tooDeep();
        }
        ContractDirectory.Contract callee = world.contract(target.toString()).orElseThrow();
        CallWorld level = world.child();
        StateOverlay state = level.state(target.toString());
        InstallRecord installed = InstallRecord.read(state);
        if (installed == null || !installed.installs(callee.code().archive())) {
            throw new IllegalArgumentException("Contract not found: " + target + " (not installed)");
        }
        CoinOverlay coin = callerCoin.child();
        CallContext context = caller.callTo(target, Address.fromString(callee.owner()), value);
        Invocation.Result result = new CallRunner(callee.code(), 0).runCalled(context, method, args, installed, state, coin, level);
        if (!result.succeeded()) {
            if (result.code() >= ResultCodes.USER_REVERT) {
                throw new UserRevertedException(result.code() - ResultCodes.USER_REVERT, result.message());
            }
            throw new RevertedException(result.message());
        }
        level.mergeIntoParent();
        coin.mergeInto(callerCoin);
        callerLogs.addAll(result.eventLogs());
        return result.value();
    }
}
