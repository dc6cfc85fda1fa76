package org.loopchain.consensus;

/** Evidence that {@code first.sender()} signed two different messages for one height, round and phase. */
public record Equivocation(SignedMessage first, SignedMessage second) {
}
