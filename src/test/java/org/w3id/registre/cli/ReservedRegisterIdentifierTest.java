package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.RegisterIdentifier;

/**
 * A register's own validation page is {@code /validation/ORG} (exported as {@code validation/ORG.html}), beside the
 * site's detailed validation report, {@code /validation/rapport}: a register called {@code rapport} would share that
 * path. It is refused wherever it is read — validate, info, export, serve in memory and with --tdb (the spreadsheet
 * import: BadSpreadsheetTest) — with exit 2, the file, the register's IRI and what was expected, and nothing written.
 * The names refused are exactly those the exported site writes under {@code validation/} besides the registers' pages.
 */
class ReservedRegisterIdentifierTest {

    static final String REFUSAL = "identifiant de registre « rapport » réservé : /validation/rapport est la page du"
            + " rapport détaillé de la validation, la page de validation du registre y serait cachée ; attendu un"
            + " autre identifiant / register identifier « rapport » is reserved: /validation/rapport is the detailed"
            + " validation report, the register's validation page would be hidden there; expected another identifier";

    @TempDir
    Path tmp;

    @Test
    void aRegisterCalledRapportIsRefusedWhereverItIsRead() throws IOException {
        Path file = Files.writeString(tmp.resolve("rapport.ttl"), """
                @prefix dpv: <https://w3id.org/dpv#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://w3id.org/registre/rapport/registre> a dpv:ROPA ; dct:title "Registre du rapport"@fr .
                """);
        String expected = "registre : " + file + " : <https://w3id.org/registre/rapport/registre> : " + REFUSAL;
        BadFileContentsTest.assertRefused(expected, "validate", "--data", file.toString());
        BadFileContentsTest.assertRefused(expected, "info", "--data", file.toString());
        Path site = tmp.resolve("site");
        BadFileContentsTest.assertRefused(expected, "export", "--site", site.toString(), "--data", file.toString());
        assertFalse(Files.exists(site), "no site written");
        BadFileContentsTest.assertRefused(expected, "serve", "--port", "0", "--data", file.toString());
        Path store = tmp.resolve("magasin");
        BadFileContentsTest.assertRefused(expected, "serve", "--port", "0", "--tdb", store.toString(), "--data",
                file.toString());
        assertFalse(Files.exists(store), "no store");
        assertFalse(Files.exists(tmp.resolve("magasin.chargement")), "no half-built store");
    }

    @Test
    void theNamesRefusedAreThoseTheSiteWritesUnderValidation() throws IOException {
        Path site = tmp.resolve("site");
        int[] code = new int[1];
        String err = BadInputPathsTest.run(List.of("export", "--site", site.toString(), "--data",
                "data/exemples/ville-fictive.ods"), code);
        assertEquals(0, code[0], err);
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(site.resolve("validation"))) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertEquals(Set.of("rapport.html", "ville-fictive.html"), names);
        assertEquals(Set.of("rapport"), RegisterIdentifier.RESERVED);
        try (Stream<Path> files = Files.list(site.resolve("en/validation"))) {
            assertEquals(List.of("ville-fictive.html"), files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
