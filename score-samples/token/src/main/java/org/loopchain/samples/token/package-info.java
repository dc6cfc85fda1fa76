/** The token sample SCORE: an IRC2 fungible token (ICON's {@code SampleToken}). */
package org.loopchain.samples.token;
