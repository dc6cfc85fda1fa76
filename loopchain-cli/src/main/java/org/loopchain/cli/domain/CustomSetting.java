package org.loopchain.cli.domain;

import java.util.function.Consumer;

/** A setting whose asadmin form is a command of its own (not a dotted {@code set}). */
public record CustomSetting(String comment, String asadmin, Consumer<DomainXml> edit) implements Setting {
    @Override
    public void apply(DomainXml domain) {
        edit.accept(domain);
    }
}
