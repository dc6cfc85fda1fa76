package org.loopchain.cli.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** node-domain.asadmin is what DomainSettings generates: one source for both forms. */
class AsadminScriptTest {
    @Test
    void theCommittedScriptIsTheGeneratedOne() throws IOException {
        Path file = Path.of("../server-config/src/main/payara/node-domain.asadmin");
        assertEquals(AsadminScript.generate(), Files.readString(file),
                "regenerate: java -jar loopchain-cli/target/loopchain-cli.jar domain-asadmin > " + file);
    }

    @Test
    void everySettingIsOneAsadminCommand() {
        String script = AsadminScript.generate();
        for (Setting s : DomainSettings.ALL) {
            assertTrue(script.contains("\n" + s.asadmin() + "\n"), s.asadmin());
        }
        assertTrue(script.contains("set configs.config.server-config.jms-service.type=DISABLED\n"));
        assertTrue(script.contains("create-jvm-options -Xmx1g\n"));
    }
}
