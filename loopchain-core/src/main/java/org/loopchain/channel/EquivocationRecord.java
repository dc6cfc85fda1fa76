package org.loopchain.channel;

/**
 * Evidence that validator {@code peerId} signed two different messages of one kind ({@code type}:
 * PROPOSAL, PREVOTE, PRECOMMIT or COMPLAINT) for one height and round: both signed messages in their
 * wire JSON, so anyone can check the two signatures again.
 */
public record EquivocationRecord(String channel, String peerId, long height, long round, String type,
                                 String firstMessage, String secondMessage) {
}
