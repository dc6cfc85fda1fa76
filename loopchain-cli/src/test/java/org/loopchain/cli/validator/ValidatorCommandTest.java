package org.loopchain.cli.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Main;

/** ./loopchain validator's words, as ValidatorConfigMain is given them. */
class ValidatorCommandTest {
    @TempDir
    Path work;

    private static ValidatorCommand.Words words(String... w) {
        return ValidatorCommand.Words.of(List.of(w), "loopchain_default", "/w/operator.key");
    }

    @Test
    void anAddTakesTheIdTheKeyAndItsOptionsAndDefaultsToWeightOneAndTheOperatorKey() {
        assertEquals(List.of("add", "p9", "1", "KEY", "", "/w/operator.key"), words("p9", "KEY").change("add"));
        ValidatorCommand.Words w = words("p9", "--weight", "3", "KEY", "--group", "g1", "--key", "a.key", "--key", "b.key",
                "--channel", "kofia_1");
        assertEquals("kofia_1", w.channel());
        assertEquals(List.of("add", "p9", "3", "KEY", "g1", "a.key", "b.key"), w.change("add"));
    }

    @Test
    void removeAndWeightTakeTheirWords() {
        assertEquals(List.of("remove", "p9", "", "", "", "/w/operator.key"), words("p9").change("remove"));
        assertEquals(List.of("weight", "p9", "2", "", "", "/w/operator.key"), words("p9", "2").change("weight"));
    }

    @Test
    void aWrongCountOfWordsOrAnUnknownActionIsNoChange() {
        assertEquals(List.of(), words("p9").change("add"));
        assertEquals(List.of(), words("p9", "x").change("remove"));
        assertEquals(List.of(), words("p9").change("weight"));
        assertEquals(List.of(), words("p9").change("promote"));
        assertTrue(assertThrows(CliException.class, () -> words("p9", "--weight")).getMessage().contains("--weight needs a value"));
    }

    @Test
    void helpNeedsNothingAndAWrongCommandShowsTheUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] base = {"validator", "--domains", work.toString(), "--channel", "loopchain_default", "--operator-key", "/w/operator.key", "--"};
        assertEquals(0, Main.run(concat(base, "help"), new PrintStream(out), new PrintStream(err)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--key defaults to the operator key (/w/operator.key)"));
        assertEquals(1, Main.run(concat(base, "add", "p9"), new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: ./loopchain validator list"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(1, Main.run(concat(base, "list"), new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no peer is running"), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
