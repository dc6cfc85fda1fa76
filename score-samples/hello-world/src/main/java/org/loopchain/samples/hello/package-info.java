/** The hello-world sample SCORE: a stored name and a greeting. */
package org.loopchain.samples.hello;
