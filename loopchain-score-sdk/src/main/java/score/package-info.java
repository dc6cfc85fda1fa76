/**
 * The contract API, source-compatible with ICON's {@code foundation.icon:javaee-api} 0.9.3: the
 * {@link score.Context} of a call, {@link score.Address}, the storage containers and the object
 * codec. Everything here delegates to the {@link org.loopchain.score.spi.ScoreHost} the engine binds
 * for the call.
 */
package score;
