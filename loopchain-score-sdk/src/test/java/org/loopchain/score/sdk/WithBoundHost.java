package org.loopchain.score.sdk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.loopchain.score.spi.ScoreHosts;

/** A test whose contract-side code runs against an {@link InMemoryScoreHost} bound to the test thread. */
abstract class WithBoundHost {

    protected final InMemoryScoreHost host = new InMemoryScoreHost();
    protected ScoreHosts.Binding binding;

    @BeforeEach
    void bind() {
        binding = ScoreHosts.bind(host);
    }

    @AfterEach
    void unbind() {
        binding.close();
    }
}
