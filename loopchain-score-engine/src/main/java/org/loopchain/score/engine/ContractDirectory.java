package org.loopchain.score.engine;

import java.util.Optional;

/**
 * The contracts a running contract may call with {@code Context.call} (the host's port): each
 * found by its {@code cx} address with its prepared code, its owner and its storage as the calling
 * block holds it. {@link #NONE} finds none, so every call to a contract fails with "Contract not found".
 */
@FunctionalInterface
public interface ContractDirectory {

    ContractDirectory NONE = address -> Optional.empty();

    /** The contract at {@code address}, or empty. */
    Optional<Contract> find(String address);

    /** A contract another may call: its code, its owner's {@code hx} address and its storage. */
    record Contract(ScoreCode code, String owner, StateReader storage) {
    }
}
