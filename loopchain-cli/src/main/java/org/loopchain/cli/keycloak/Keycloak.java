package org.loopchain.cli.keycloak;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.cli.CliException;
import org.loopchain.cli.json.Json;

/**
 * A Keycloak server at {@code baseUrl} (e.g. {@code http://127.0.0.1:8180}) and its realm {@code loopchain}:
 * made from the repository's realm file through the admin REST API (the master realm's bootstrap
 * admin) when it is missing, and its access tokens for the public client {@code loopchain-cli}.
 */
public final class Keycloak {

    public static final String REALM = "loopchain";
    public static final String CLI_CLIENT = "loopchain-cli";
    public static final String CONSOLE_CLIENT = "loopchain-console";

    private final String baseUrl;

    public Keycloak(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The issuer of the realm's tokens. */
    public String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    /** Whether the realm answers its OpenID configuration. */
    public boolean hasRealm() {
        return OidcHttp.get(issuer() + "/.well-known/openid-configuration", null).status() == 200;
    }

    /**
     * Creates the realm from {@code realmFile} unless it exists: the console client gets
     * {@code consoleSecret} and a redirect URI {@code <console URL>/*} for each console. A realm that
     * exists keeps everything but learns the redirect URIs of consoles it does not know yet (nodes
     * added to the work dir since).
     *
     * @return true when it was created now
     */
    public boolean ensureRealm(Path realmFile, String adminPassword, String consoleSecret, List<String> consoleUrls) {
        if (hasRealm()) {
            addRedirects(adminToken(adminPassword), consoleUrls);
            return false;
        }
        Map<String, Object> realm = realm(realmFile, consoleSecret, consoleUrls);
        String adminToken = adminToken(adminPassword);
        OidcHttp.Answer created = OidcHttp.postJson(baseUrl + "/admin/realms", adminToken, Json.write(realm));
        if (created.status() != 201) {
            throw new CliException("Keycloak refused the realm " + REALM + " (HTTP " + created.status() + "): " + created.body());
        }
        return true;
    }

    /** The redirect URI Keycloak accepts for a console at {@code url}: everything below it. */
    static String redirectUri(String url) {
        return url.replaceAll("/+$", "") + "/*";
    }

    @SuppressWarnings("unchecked")
    private void addRedirects(String adminToken, List<String> consoleUrls) {
        String clients = baseUrl + "/admin/realms/" + REALM + "/clients";
        OidcHttp.Answer found = OidcHttp.get(clients + "?clientId=" + CONSOLE_CLIENT, adminToken);
        List<Object> list = found.status() == 200 ? (List<Object>) Json.parse(found.body()) : List.of();
        if (list.isEmpty()) {
            return;
        }
        Map<String, Object> client = new LinkedHashMap<>((Map<String, Object>) list.get(0));
        List<String> uris = new ArrayList<>((List<String>) client.getOrDefault("redirectUris", List.of()));
        List<String> missing = consoleUrls.stream().map(Keycloak::redirectUri).filter(u -> !uris.contains(u)).toList();
        if (missing.isEmpty()) {
            return;
        }
        uris.addAll(missing);
        client.put("redirectUris", uris);
        OidcHttp.Answer put = OidcHttp.putJson(clients + "/" + client.get("id"), adminToken, Json.write(client));
        if (put.status() != 204) {
            throw new CliException("Keycloak refused the console's redirect URIs (HTTP " + put.status() + "): " + put.body());
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> realm(Path realmFile, String consoleSecret, List<String> consoleUrls) {
        Map<String, Object> realm = new LinkedHashMap<>((Map<String, Object>) Json.read(realmFile));
        List<Object> clients = new ArrayList<>();
        for (Object c : (List<Object>) realm.get("clients")) {
            Map<String, Object> client = new LinkedHashMap<>((Map<String, Object>) c);
            if (CONSOLE_CLIENT.equals(client.get("clientId"))) {
                client.put("secret", consoleSecret);
                client.put("redirectUris", consoleUrls.stream().map(Keycloak::redirectUri).toList());
            }
            clients.add(client);
        }
        realm.put("clients", clients);
        return realm;
    }

    private String adminToken(String adminPassword) {
        OidcHttp.Answer a = OidcHttp.form(baseUrl + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword));
        if (a.status() != 200) {
            throw new CliException("Keycloak's bootstrap admin was refused (HTTP " + a.status() + "): was this Keycloak"
                    + " started by another work dir? " + a.body());
        }
        return (String) a.object().get("access_token");
    }

    /** An access token of {@code user} (direct grant on the public client {@code loopchain-cli}). */
    public String token(String user, String password) {
        OidcHttp.Answer a = OidcHttp.form(issuer() + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", user, "password", password));
        if (a.status() != 200) {
            Object why = a.status() < 500 ? a.object().get("error_description") : a.body();
            throw new CliException("Keycloak refused a token for " + user + " (HTTP " + a.status() + "): " + why);
        }
        return (String) a.object().get("access_token");
    }
}
