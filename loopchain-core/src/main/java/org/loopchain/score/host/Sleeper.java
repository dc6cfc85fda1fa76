package org.loopchain.score.host;

import java.time.Duration;

/** Waits in the caller's thread: the wall clock's own in the launcher, a fake clock's step in tests. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
