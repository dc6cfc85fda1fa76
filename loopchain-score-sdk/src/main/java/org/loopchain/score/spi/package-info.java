/**
 * The host SPI: what the engine provides to a running contract ({@link
 * org.loopchain.score.spi.ScoreHost}) and how it binds one to the calling thread ({@link
 * org.loopchain.score.spi.ScoreHosts}). Contracts never use it directly.
 */
package org.loopchain.score.spi;
