package org.loopchain.cli.chaos;

import java.util.List;
import java.util.stream.Collectors;

/** An episode's faults, by start time; it lasts until the last one ends. */
public record Episode(int number, List<Fault> faults) {
    public Episode {
        faults = List.copyOf(faults);
    }

    public long lengthMillis() {
        return faults.stream().mapToLong(Fault::endMillis).max().orElse(0);
    }

    /** True when two of its faults are in effect at one instant. */
    public boolean overlapping() {
        for (int i = 0; i < faults.size(); i++) {
            for (int j = i + 1; j < faults.size(); j++) {
                if (faults.get(i).overlaps(faults.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The faults in a few words, e.g. {@code kill -9 peer2 + pause leader + clock skew -3.2 s peer1}. */
    public String summary() {
        return faults.stream().map(f -> switch (f.kind()) {
            case KILL, PAUSE, BYZANTINE -> f.kind().label() + " " + f.target();
            case SKEW -> String.format("%s %+.1f s %s", f.kind().label(), f.offsetMillis() / 1000.0, f.target());
            default -> f.kind().label();
        }).collect(Collectors.joining(" + "));
    }
}
