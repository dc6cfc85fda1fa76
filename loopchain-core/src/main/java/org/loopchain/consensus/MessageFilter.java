package org.loopchain.consensus;

/**
 * The checks every incoming message passes before the state machine looks at it: right channel, a
 * validator as sender (or an audit peer asking for blocks), and the sender's valid signature. Each
 * failure is logged and counted.
 */
final class MessageFilter {

    private final String channel;
    private final ValidatorSet validators;
    private final DropCounter drops;

    MessageFilter(String channel, ValidatorSet validators, DropCounter drops) {
        this.channel = channel;
        this.validators = validators;
        this.drops = drops;
    }

    boolean admit(SignedMessage message) {
        if (!channel.equals(message.payload().channel())) {
            return drops.drop(DropReason.WRONG_CHANNEL, message, "channel " + message.payload().channel());
        }
        boolean auditorAsks = message.type() == MessageType.SYNC_REQUEST && validators.audits(message.sender());
        if (!validators.contains(message.sender()) && !auditorAsks) {
            return drops.drop(DropReason.NOT_A_VALIDATOR, message, message.sender() + " is not a validator of " + channel);
        }
        if (!validators.verifies(message)) {
            return drops.drop(DropReason.BAD_SIGNATURE, message, "signature does not verify with the sender's key");
        }
        return true;
    }
}
