package org.loopchain.score.engine.contracts;

import java.util.ArrayList;
import java.util.List;
import score.annotation.External;

/** A test contract whose field cannot be kept between calls: its install fails. */
public class UnkeepableScore {

    private final List<String> names = new ArrayList<>();

    @External(readonly = true)
    public int size() {
        return names.size();
    }
}
