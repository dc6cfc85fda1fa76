/**
 * The SDK's implementation behind {@link score.Context}: the rules it checks before calling the
 * {@link org.loopchain.score.spi.ScoreHost}. Contracts do not use these classes directly.
 */
package org.loopchain.score.sdk;
