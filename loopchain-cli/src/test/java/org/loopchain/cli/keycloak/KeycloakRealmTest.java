package org.loopchain.cli.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakRealmTest {

    private static final Path REALM_FILE = Path.of("../server-config/src/main/keycloak/loopchain-realm.json");

    @Test
    void aConsoleUrlAllowsEveryPathBelowItWhateverItsTrailingSlashes() {
        assertEquals("http://127.0.0.1:9000/console/*", Keycloak.redirectUri("http://127.0.0.1:9000/console/"));
        assertEquals("http://127.0.0.1:9000/console/*", Keycloak.redirectUri("http://127.0.0.1:9000/console"));
        assertEquals("http://127.0.0.1:9000/console/*", Keycloak.redirectUri("http://127.0.0.1:9000/console//"));
    }

    @Test
    void theConsoleClientGetsTheSecretAndOneRedirectPerConsoleTheOthersStayAsInTheFile() {
        Map<String, Object> realm = Keycloak.realm(REALM_FILE, "s3cret",
                List.of("http://127.0.0.1:9000/console/", "http://127.0.0.1:9100/console/"));
        Map<?, ?> console = client(realm, Keycloak.CONSOLE_CLIENT);
        assertEquals("s3cret", console.get("secret"));
        assertEquals(List.of("http://127.0.0.1:9000/console/*", "http://127.0.0.1:9100/console/*"), console.get("redirectUris"));
        assertEquals(null, client(realm, Keycloak.CLI_CLIENT).get("secret"));
    }

    private static Map<?, ?> client(Map<String, Object> realm, String id) {
        return ((List<?>) realm.get("clients")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> id.equals(c.get("clientId"))).findFirst().orElseThrow();
    }
}
