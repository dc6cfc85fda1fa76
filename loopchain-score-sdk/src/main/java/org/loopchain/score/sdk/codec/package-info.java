/**
 * The object codec behind {@code Context.newByteArrayObjectWriter} and
 * {@code newByteArrayObjectReader}: ICON's "RLPn", RLP with a null marker, including a contract
 * class's own {@code writeObject}/{@code readObject} methods.
 */
package org.loopchain.score.sdk.codec;
