package org.loopchain.samples.hello;

import score.Address;
import score.Context;
import score.VarDB;
import score.annotation.EventLog;
import score.annotation.External;

/**
 * ICON's hello-world: a name set at install, a greeting that uses it, and a setter that records
 * who changed it.
 */
public class HelloWorld {

    private final VarDB<String> name = Context.newVarDB("name", String.class);

    public HelloWorld(String name) {
        this.name.set(name);
    }

    @External(readonly = true)
    public String name() {
        return name.get();
    }

    @External(readonly = true)
    public String getGreeting() {
        return "Hello " + name.get() + "!";
    }

    @External
    public void setName(String name) {
        this.name.set(name);
        NameChanged(Context.getCaller(), name);
    }

    @EventLog(indexed = 1)
    public void NameChanged(Address by, String name) {
    }
}
