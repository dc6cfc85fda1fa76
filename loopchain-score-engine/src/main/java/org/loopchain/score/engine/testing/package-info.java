/**
 * Helpers for a SCORE's own unit tests: {@link org.loopchain.score.engine.testing.ScoreRunner} runs
 * blocks and queries over an in-memory state, {@link org.loopchain.score.engine.testing.ClassArchives}
 * packs compiled classes into an archive without a packaging step.
 */
package org.loopchain.score.engine.testing;
