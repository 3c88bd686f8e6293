package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are there but wrong: bytes that are not UTF-8, a syntax error (reported on its own line), a folder
 * where a file is expected, a folder of shapes with no shape. Exit 2 and one line naming the file and the line.
 */
class BadFileContentsTest {

    @TempDir
    Path tmp;

    static void assertRefused(String expected, String... args) {
        int[] code = new int[1];
        String err = BadInputPathsTest.run(List.of(args), code);
        assertEquals(expected, err, String.join(" ", args));
        assertEquals(2, code[0], String.join(" ", args));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
        Path latin1 = tmp.resolve("latin1.ttl");
        // "café" in Latin-1 on line 3: 0xE9 alone is not UTF-8.
        Files.write(latin1, "@prefix ex: <https://example.org/> .\nex:a ex:nom \"A\" .\nex:b ex:nom \"caf\u00e9\" .\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        String expected = "registre : " + latin1 + " : [ligne / line 3] octets qui ne sont pas de l'UTF-8 (0xE9) ;"
                + " attendu un fichier encodé en UTF-8 / bytes that are not UTF-8 (0xE9); expected a UTF-8 encoded file";
        assertRefused(expected, "validate", "--data", latin1.toString());
        assertRefused(expected, "info", "--data", latin1.toString());
        // The TDB2 load reads the file with its own loader: as strict, and nothing is left behind.
        Path store = tmp.resolve("magasin");
        assertRefused(expected, "serve", "--port", "0", "--tdb", store.toString(), "--data", latin1.toString());
        assertFalse(Files.exists(store), "no store");
        assertFalse(Files.exists(tmp.resolve("magasin.chargement")), "no half-built store");

        // A UTF-8 character cut by the end of the file.
        Path cut = tmp.resolve("coupe.nt");
        Files.write(cut, new byte[] {'#', ' ', (byte) 0xC3});
        assertRefused("registre : " + cut + " : [ligne / line 1] octets qui ne sont pas de l'UTF-8 (0xC3) ; attendu"
                + " un fichier encodé en UTF-8 / bytes that are not UTF-8 (0xC3); expected a UTF-8 encoded file",
                "validate", "--data", cut.toString());
    }

    @Test
    void aStringBrokenByANewlineIsReportedOnItsOwnLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("chaine.ttl"), "@prefix ex: <https://example.org/> .\n"
                + "ex:a ex:nom \"A\" .\nex:b ex:nom \"non terminée .\nex:c ex:nom \"C\" .\n");
        assertRefused("registre : " + file + " : [ligne / line 3] Broken token (newline in string) — attendu /"
                + " expected: Turtle valide / valid", "validate", "--data", file.toString());
        Path iri = Files.writeString(tmp.resolve("iri.ttl"), "@prefix ex: <https://example.org/> .\n"
                + "ex:a ex:voir <https://example.org/b\nex:c ex:nom \"C\" .\n");
        assertRefused("registre : " + iri + " : [ligne / line 2] Broken IRI (newline): https://example.org/b —"
                + " attendu / expected: Turtle valide / valid", "validate", "--data", iri.toString());
    }

    @Test
    void aFolderWhereAFileIsExpectedIsCalledAFolder() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("registre.ods"));
        Files.createDirectories(tmp.resolve("formes-vides"));
        assertRefused("registre : " + folder + " : c'est un dossier, attendu un fichier / this is a folder, expected"
                + " a file", "import", folder.toString());
        assertRefused("registre : " + tmp.resolve("formes-vides") + " : aucun fichier .ttl dans ce dossier ; attendu"
                + " des formes SHACL en Turtle / no .ttl file in this folder; expected SHACL shapes in Turtle",
                "validate", "--shapes", tmp.resolve("formes-vides").toString());
    }
}
