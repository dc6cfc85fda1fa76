package org.loopchain.consensus;

/**
 * The validator set of each height of a channel. The set may change at a height fixed by the chain
 * itself (a change committed in block {@code H} is in effect from {@code H + 2}), so everything that
 * depends on it (leader schedule, quorums, message admission, the check of a commit certificate)
 * asks for the set of the height in question, never for "the" set.
 *
 * <p>Known for every height up to {@code head + 2}: a change committed at the head is the latest
 * that can affect them, which is why the state machine can check a message of the next height
 * before it commits the current one.
 */
public interface ValidatorSets {

    /** The set in effect at {@code height}; heights below 1 answer the set of height 1. */
    ValidatorSet at(long height);

    /**
     * A block was stored as final: applies the validator changes it commits. Called exactly once per
     * height, in height order, after {@link Chain#commit}.
     */
    void committed(CommittedBlock block);

    /** One set for every height (a channel whose validators never change, and tests). */
    static ValidatorSets fixed(ValidatorSet set) {
        return new ValidatorSets() {
            @Override
            public ValidatorSet at(long height) {
                return set;
            }

            @Override
            public void committed(CommittedBlock block) {
            }
        };
    }
}
