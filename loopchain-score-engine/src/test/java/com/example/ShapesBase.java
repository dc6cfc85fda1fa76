package com.example;

import java.util.List;

/** A superclass whose constructor the contract calls with objects it makes in the call's arguments. */
public class ShapesBase {

    private final String label;

    public ShapesBase(String label, List<Object> extra) {
        this.label = extra == null ? label : label + extra.size();
    }

    protected String label() {
        return label;
    }
}
