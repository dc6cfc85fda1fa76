package org.loopchain.cli.domain;

import java.util.List;
import java.util.Map;
import org.loopchain.cli.CliException;
import org.w3c.dom.Element;

/**
 * {@code asadmin set DOTTED.NAME=VALUE}, and offline the attribute it names: after an element that is
 * one of a keyed list ({@link #KEYS}), the next segment is its key; the last segment is the attribute
 * (of a {@code property}, its value). E.g.
 * {@code configs.config.server-config.iiop-service.iiop-listener.SSL.address} is the address of
 * {@code <iiop-listener id="SSL">} in {@code <config name="server-config">}.
 */
public record DottedSet(String comment, String name, String value) implements Setting {
    /** The keyed elements the settings name, and the attribute of their key. */
    static final Map<String, String> KEYS = Map.of("config", "name", "network-listener", "name", "protocol", "name",
            "iiop-listener", "id", "jmx-connector", "name", "jdbc-connection-pool", "name", "property", "name",
            "thread-pool", "name", "transport", "name");

    @Override
    public String asadmin() {
        return "set " + name + "=" + value;
    }

    @Override
    public void apply(DomainXml domain) {
        List<String> segs = List.of(name.split("\\."));
        Element at = domain.root();
        int i = 0;
        String attribute = null;
        while (i < segs.size()) {
            String seg = segs.get(i);
            if (i == segs.size() - 1) {
                attribute = seg;
                break;
            }
            String key = KEYS.get(seg);
            Element parent = at;
            if (key != null) {
                String id = segs.get(i + 1);
                at = DomainXml.child(parent, seg, key, id).orElseThrow(() -> missing(seg + " " + id));
                i += 2;
            } else {
                at = DomainXml.child(parent, seg).orElseThrow(() -> missing(seg));
                i++;
            }
        }
        if (attribute == null) {
            if (!"property".equals(at.getTagName())) {
                throw missing("an attribute");
            }
            attribute = "value";
        }
        at.setAttribute(attribute, value);
    }

    private CliException missing(String what) {
        return new CliException("domain.xml: no " + what + " for " + name);
    }
}
