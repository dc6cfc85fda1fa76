package org.loopchain.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void argumentsAreChecked() {
        Bench.parse(new String[] {"--peer", "http://127.0.0.1:9000", "-n", "10", "--v3", "--channel", "kofia_1", "--nid", "2"});
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--peer", "http://10.0.0.1:9000"}));
        Bench.parse(new String[] {"--peer", "http://127.0.0.4:9000"}); // a peer on its own loopback address (NODE_HOST)
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--peer", "http://127.0.0.1.evil:9000"}));
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--peer", "http://128.0.0.1:9000"}));
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"-n", "0"}));
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--nid", "x"}));
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--frobnicate"}));
        assertThrows(IndexOutOfBoundsException.class, () -> Bench.parse(new String[] {"-n"}));
    }
}
