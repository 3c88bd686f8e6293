package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A register named like one of the site's own first segments: its documents would never be published (the site
     * keeps those paths), or, for droit, would mix with the legal texts every register shares.
     */
    @Test
    void aRegisterNamedLikeAPathOfTheSiteIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("download.ttl"), """
                @prefix dpv: <https://w3id.org/dpv#> .
                <https://w3id.org/registre/download/registre> a dpv:ROPA .
                """);
        BadFileContentsTest.assertRefused("registre : " + file + " : <https://w3id.org/registre/download/registre> :"
                + " identifiant de registre « download » réservé : /download/ est au site (les vidages du graphe),"
                + " les IRI du registre n'y seraient pas publiées ; attendu un autre identifiant / register identifier"
                + " « download » is reserved: /download/ belongs to the site (the graph's dumps), the register's IRIs"
                + " would not be published there; expected another identifier", "validate", "--data", file.toString());
        for (String name : List.of("validation", "query", "en", "recherche", "registre", "shapes", "droit")) {
            Path other = Files.writeString(tmp.resolve(name + ".ttl"), "<https://w3id.org/registre/" + name
                    + "/registre> a <https://w3id.org/dpv#ROPA> .\n");
            int[] code = new int[1];
            String err = BadInputPathsTest.run(List.of("info", "--data", other.toString()), code);
            assertEquals(2, code[0], name + ": " + err);
            assertTrue(err.contains("« " + name + " » réservé : /" + name + "/ est au site ("), name + ": " + err);
        }
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
        assertEquals(Set.of("rapport", "validation", "query", "en", "download", "recherche", "registre", "shapes",
                "droit"), RegisterIdentifier.RESERVED);
        try (Stream<Path> files = Files.list(site.resolve("en/validation"))) {
            assertEquals(List.of("ville-fictive.html"), files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
