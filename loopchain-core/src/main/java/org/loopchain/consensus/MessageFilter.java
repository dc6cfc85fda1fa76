package org.loopchain.consensus;

/**
 * The checks every incoming message passes before the state machine looks at it: right channel, a
 * validator as sender (or an audit peer asking for blocks), and the sender's valid signature. Each
 * failure is logged and counted. The sender must validate at the message's own height (for a height
 * beyond the next, unknown yet, at the next): a removed validator's votes stop counting at the height
 * its removal takes effect, and an added one's start there. Sync requests and answers are also
 * admitted from a validator of the next height (one added since the blocks in question can ask and
 * serve them; every served block still needs the certificate of its own height's validators).
 */
final class MessageFilter {

    private final String channel;
    private final ValidatorSets validators;
    private final DropCounter drops;

    MessageFilter(String channel, ValidatorSets validators, DropCounter drops) {
        this.channel = channel;
        this.validators = validators;
        this.drops = drops;
    }

    /** @param deciding the height this peer is deciding */
    boolean admit(SignedMessage message, long deciding) {
        if (!channel.equals(message.payload().channel())) {
            return drops.drop(DropReason.WRONG_CHANNEL, message, "channel " + message.payload().channel());
        }
        ValidatorSet set = validators.at(Math.min(message.height(), deciding + 1));
        boolean sync = message.type() == MessageType.SYNC_REQUEST || message.type() == MessageType.SYNC_RESPONSE;
        if (sync && !set.contains(message.sender())) {
            set = validators.at(deciding + 1);
        }
        boolean auditorAsks = message.type() == MessageType.SYNC_REQUEST && set.audits(message.sender());
        if (!set.contains(message.sender()) && !auditorAsks) {
            return drops.drop(DropReason.NOT_A_VALIDATOR, message, message.sender() + " is not a validator of " + channel
                    + " at height " + message.height());
        }
        if (!set.verifies(message)) {
            return drops.drop(DropReason.BAD_SIGNATURE, message, "signature does not verify with the sender's key");
        }
        return true;
    }
}
