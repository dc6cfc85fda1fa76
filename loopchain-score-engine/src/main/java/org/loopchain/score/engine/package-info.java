/**
 * The SCORE engine: reads a contract archive ({@link org.loopchain.score.engine.ScoreArchive}),
 * rejects code that could run differently on two peers
 * ({@link org.loopchain.score.engine.DeterminismCheck}), meters it
 * ({@link org.loopchain.score.engine.StepMeter}), loads it in its own class loader
 * ({@link org.loopchain.score.engine.ScoreCode}) and executes its calls in block order. Plain Java:
 * no server API.
 */
package org.loopchain.score.engine;
