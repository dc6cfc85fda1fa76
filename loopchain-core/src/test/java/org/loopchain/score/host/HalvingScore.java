package org.loopchain.score.host;

import score.annotation.External;

/** Uses floating point, which the engine refuses: a contract whose deploy must fail. */
public class HalvingScore {

    @External(readonly = true)
    public String half(String n) {
        return String.valueOf(Double.parseDouble(n) / 2);
    }
}
