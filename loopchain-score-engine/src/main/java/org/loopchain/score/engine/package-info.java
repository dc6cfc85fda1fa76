/**
 * The SCORE engine: reads a contract archive ({@link org.loopchain.score.engine.ScoreArchive}),
 * rejects code that could run differently on two peers
 * ({@link org.loopchain.score.engine.DeterminismCheck}), meters its instructions, its work inside
 * JDK calls and its call depth ({@link org.loopchain.score.engine.StepMeter},
 * {@link org.loopchain.score.engine.JdkCosts}), checks at run time the identity hash codes the
 * check could not see ({@link org.loopchain.score.engine.IdentityGuard}), loads it in its own class loader
 * ({@link org.loopchain.score.engine.ScoreCode}) and executes its calls in block order. Plain Java:
 * no server API.
 */
package org.loopchain.score.engine;
