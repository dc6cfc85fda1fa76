/** The endless-loop sample SCORE: a call that never ends, for tests of the step limit. */
package org.loopchain.samples.loop;
