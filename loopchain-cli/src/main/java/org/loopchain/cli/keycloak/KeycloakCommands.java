package org.loopchain.cli.keycloak;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;

/**
 * {@code keycloak-realm}: waits for a started Keycloak and puts the realm in; {@code token}: an access
 * token for a user; {@code audit-verify}: every node's audit log checked, with an auditor's token.
 */
public final class KeycloakCommands {

    private KeycloakCommands() {
    }

    public static void register(Map<String, Command> c) {
        c.put("keycloak-realm", KeycloakCommands::realm);
        c.put("token", (a, out, err) -> {
            out.println(new Keycloak(a.required("url")).token(a.optional("user", "auditor"), a.optional("password",
                    a.optional("user", "auditor"))));
            return 0;
        });
        c.put("audit-verify", KeycloakCommands::auditVerify);
    }

    /** {@code --url U --pid P --timeout S --admin-password-file F --realm-file F --console-secret-file F [--console-urls a,b]}. */
    static int realm(Args a, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Keycloak kc = new Keycloak(a.required("url"));
        long pid = Long.parseLong(a.required("pid"));
        long deadline = System.nanoTime() + a.requiredInt("timeout") * 1_000_000_000L;
        while (!answers(a.required("url"))) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                throw new CliException("Keycloak (pid " + pid + ") exited while starting");
            }
            if (System.nanoTime() > deadline) {
                throw new CliException("Keycloak did not answer on " + a.required("url") + " within " + a.required("timeout") + " s");
            }
            Thread.sleep(500);
        }
        List<String> consoles = a.optional("console-urls", "").isEmpty() ? List.of()
                : Arrays.asList(a.optional("console-urls", "").split(","));
        boolean created = kc.ensureRealm(Path.of(a.required("realm-file")), read(a.required("admin-password-file")),
                read(a.required("console-secret-file")), consoles);
        out.println(created ? "realm " + Keycloak.REALM + " created: issuer " + kc.issuer()
                : "realm " + Keycloak.REALM + " present: issuer " + kc.issuer());
        return 0;
    }

    private static boolean answers(String url) {
        try {
            return OidcHttp.get(url.replaceAll("/+$", "") + "/realms/master", null).status() == 200;
        } catch (CliException e) {
            return false;
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    }

    /** {@code --url KEYCLOAK [--user U --password P] NODE_REST_URL...}: one line per node; 1 when one does not check out. */
    static int auditVerify(Args a, PrintStream out, PrintStream err) {
        String user = a.optional("user", "auditor");
        String token = new Keycloak(a.required("url")).token(user, a.optional("password", user));
        int failed = 0;
        for (String node : a.positional()) {
            OidcHttp.Answer answer = OidcHttp.get(node.replaceAll("/+$", "") + "/api/audit/v1/log/verify", token);
            Map<?, ?> body = answer.object();
            if (answer.status() == 200 && Boolean.TRUE.equals(body.get("intact"))) {
                out.printf("%-28s intact: %s entries, head %s%n", node, body.get("checked"), body.get("head"));
            } else {
                failed++;
                out.printf("%-28s %s%n", node, answer.status() == 200 ? "BROKEN: " + body.get("problem")
                        : "not checked (HTTP " + answer.status() + "): " + body.get("message"));
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
