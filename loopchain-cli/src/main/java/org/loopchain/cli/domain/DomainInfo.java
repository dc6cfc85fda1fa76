package org.loopchain.cli.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * A domain's ports and node config as the launcher's variables: REST_HOST REST_PORT ADMIN_PORT HTTPS_PORT IIOP_PORT
 * JMX_PORT NODE_CONFIG (REST_HOST: where the REST listener binds; the admin listener is on loopback).
 */
public final class DomainInfo {
    private DomainInfo() {
    }

    public static Map<String, String> of(DomainXml domain) {
        Element server = domain.config("server-config");
        Map<String, String> listeners = DomainEditor.listeners(server).stream()
                .collect(Collectors.toMap(e -> e.getAttribute("name"), e -> e.getAttribute("port"), (a, b) -> a));
        String restHost = DomainEditor.listeners(server).stream().filter(e -> e.getAttribute("name").equals("http-listener-1"))
                .map(e -> e.getAttribute("address")).findFirst().orElse("");
        List<String> iiop = DomainXml.path(server, "iiop-service")
                .map(i -> DomainXml.children(i, "iiop-listener").stream().map(e -> e.getAttribute("port")).toList())
                .orElse(List.of());
        String jmx = DomainXml.path(server, "admin-service/jmx-connector").map(e -> e.getAttribute("port")).orElse("");
        String config = "";
        for (Element opt : DomainXml.children(DomainEditor.javaConfig(server), "jvm-options")) {
            String t = opt.getTextContent();
            if (t.startsWith("-Dloopchain.config=")) {
                config = t.substring("-Dloopchain.config=".length());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("REST_HOST", restHost.isEmpty() || restHost.equals("0.0.0.0") ? DomainSettings.LOOPBACK : restHost);
        out.put("REST_PORT", listeners.getOrDefault("http-listener-1", ""));
        out.put("ADMIN_PORT", listeners.getOrDefault("admin-listener", ""));
        out.put("HTTPS_PORT", listeners.getOrDefault("http-listener-2", ""));
        out.put("IIOP_PORT", String.join(",", iiop));
        out.put("JMX_PORT", jmx);
        out.put("NODE_CONFIG", config);
        return out;
    }
}
