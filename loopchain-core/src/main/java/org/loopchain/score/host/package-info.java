/**
 * The node's side of SCOREs: which deployed archive each channel runs ({@link org.loopchain.score.host.ScoreRegistry}),
 * turning a block's transactions into SCORE calls and executing them with the engine
 * ({@link org.loopchain.score.host.ScoreBlockExecutor}), and the committed state they read.
 */
package org.loopchain.score.host;
