package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class RegistreCommandTest {

    @Test
    void helpListsEverySubcommandAndEachHasItsOwnHelp() {
        CommandLine cli = Registre.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String sub : cli.getSubcommands().keySet()) {
            assertTrue(out.toString().contains("  " + sub), sub + " missing from --help");
            if (!sub.equals("help")) {
                StringWriter subOut = new StringWriter();
                CommandLine fresh = Registre.commandLine();
                fresh.setOut(new PrintWriter(subOut));
                assertEquals(0, fresh.execute(sub, "--help"), sub);
                assertTrue(subOut.toString().startsWith("Usage: registre " + sub), subOut.toString());
            }
        }
    }

    @Test
    void infoSummarisesMissionsAndBases() {
        PrintStream previous = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Registre.commandLine().execute("info");
        } finally {
            System.setOut(previous);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(out.lines().anyMatch(l -> l.matches("01 +Gestion des droits +métier +9 +53")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("16 +Moyens généraux +support +6 +36")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Total +83 +531")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("6\\(1\\)\\(c\\) obligation légale / legal obligation +52 +91")),
                out);
        assertTrue(out.lines().anyMatch(l -> l.matches("6\\(1\\)\\(f\\) intérêts légitimes / legitimate interests +21 +0")),
                out);
    }
}
