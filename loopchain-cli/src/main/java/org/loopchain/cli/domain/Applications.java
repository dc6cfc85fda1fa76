package org.loopchain.cli.domain;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** The applications a domain has registered, and whether each loads at the next start. */
public final class Applications {
    private Applications() {
    }

    public static List<String> names(DomainXml domain) {
        return DomainXml.child(domain.root(), "applications")
                .map(a -> DomainXml.children(a, "application").stream().map(e -> e.getAttribute("name")).toList())
                .orElse(List.of());
    }

    public static boolean has(DomainXml domain, String app) {
        return names(domain).contains(app);
    }

    /** Marks APP not to load at the next start; true when the domain referenced it. */
    public static boolean disable(DomainXml domain, String app) {
        boolean any = false;
        for (Element servers : DomainXml.children(domain.root(), "servers")) {
            for (Element server : DomainXml.children(servers, "server")) {
                for (Element ref : DomainXml.children(server, "application-ref")) {
                    if (app.equals(ref.getAttribute("ref"))) {
                        ref.setAttribute("enabled", "false");
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    /** The ConnectionParameters of resource-adapter-config RA, or empty when there is none. */
    public static String raParameters(DomainXml domain, String ra) {
        Optional<Element> rac = DomainXml.child(domain.root(), "resources")
                .flatMap(r -> DomainXml.child(r, "resource-adapter-config", "resource-adapter-name", ra));
        return rac.flatMap(r -> DomainXml.child(r, "property", "name", "ConnectionParameters"))
                .map(p -> p.getAttribute("value")).orElse("");
    }
}
