package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;

import picocli.CommandLine;

/** {@code registre export} refusals: exit 2, a message saying what is wrong, nothing written. */
class ExportCommandTest {

    @TempDir
    Path temp;

    private static int run(StringWriter err, String... args) {
        CommandLine cli = Registre.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void badBaseUriExits2() throws IOException {
        StringWriter err = new StringWriter();
        Path out = temp.resolve("site");
        assertEquals(2, run(err, "export", "--site", out.toString(), "--base-uri", "https://example.org/sans-barre"));
        assertTrue(err.toString().startsWith("registre : --base-uri https://example.org/sans-barre : attendu une IRI"),
                err.toString());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void badContactExits2SayingWhatWasExpected() throws IOException {
        StringWriter err = new StringWriter();
        Path out = temp.resolve("site");
        assertEquals(2, run(err, "export", "--site", out.toString(), "--contact", "le délégué"));
        assertEquals("registre : --contact le délégué : attendu une adresse électronique (nom@domaine.fr, mailto:…) "
                + "ou une page web http(s) / expected an e-mail address (name@domain.org, mailto:…) or an http(s) web "
                + "page", err.toString().strip());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void occupiedFolderExits2AndIsLeftAsItWas() throws IOException {
        Path out = temp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "mon site");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--site", out.toString()));
        assertTrue(err.toString().contains("n'est pas un export du registre"), err.toString());
        assertEquals("mon site", Files.readString(out.resolve("index.html")));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void missingReportFileExits2NamingIt() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--site", temp.resolve("site").toString(), "--validation-report",
                "nulle-part.ttl"));
        assertTrue(err.toString().contains("nulle-part.ttl : fichier introuvable / file not found"), err.toString());
        assertTrue(Files.notExists(temp.resolve("site")));
    }
}
